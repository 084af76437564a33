-- Seed plan catalogs (五大板块＋基金): the autonomous region's default catalog for 2021-2025 and the
-- Corps 3rd Division (Tumxuk) catalog for the 14th Five-Year Plan period, with their sections,
-- programmes, indirect-cost brackets and tranche schedules. Ids are looked up by code.
-- Money in yuan (DECIMAL 2 places); rates and shares as fractions (0.3000 = 30 %).

-- Catalogs
INSERT INTO plan_catalog (code, name, name_en, jurisdiction_code, plan_period, is_default) VALUES
    ('XJ-2021-2025', '新疆维吾尔自治区科技计划（2021—2025）', 'Xinjiang Uygur Autonomous Region S&T Plan (2021-2025)', '650000', '2021-2025', TRUE),
    ('XJBT03-2021-2025', '第三师图木舒克市科技计划（“十四五”）', '3rd Division / Tumxuk City S&T Plan (14th Five-Year Plan, 2021-2025)', 'XJBT-03', '2021-2025', FALSE);

-- Sections
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'MAJOR_SPECIAL', '重大科技专项', 'Major S&T Special Projects', 1 FROM plan_catalog c WHERE c.code = 'XJ-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'KEY_RD', '重点研发专项', 'Key R&D Projects', 2 FROM plan_catalog c WHERE c.code = 'XJ-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'TRANSFORMATION_DEMO', '成果转化示范专项', 'Achievement Transformation and Demonstration Projects', 3 FROM plan_catalog c WHERE c.code = 'XJ-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'INNOVATION_ENVIRONMENT', '创新环境（人才、基地）建设专项', 'Innovation Environment (Talent and Bases) Projects', 4 FROM plan_catalog c WHERE c.code = 'XJ-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'REGIONAL_COLLAB', '区域协同创新专项', 'Regional Collaborative Innovation Projects', 5 FROM plan_catalog c WHERE c.code = 'XJ-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'TRANSFORMATION_FUND', '科技成果转化引导基金', 'S&T Achievement Transformation Guidance Fund', 6 FROM plan_catalog c WHERE c.code = 'XJ-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'KEY_RD', '重点研发专项', 'Key R&D Projects', 1 FROM plan_catalog c WHERE c.code = 'XJBT03-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'TRANSFORMATION_DEMO', '成果转化示范专项', 'Achievement Transformation and Demonstration Projects', 2 FROM plan_catalog c WHERE c.code = 'XJBT03-2021-2025';
INSERT INTO section (catalog_id, code, name, name_en, sort_order)
SELECT c.id, 'INNOVATION_ENVIRONMENT', '创新环境（人才、基地）建设专项', 'Innovation Environment (Talent and Bases) Projects', 3 FROM plan_catalog c WHERE c.code = 'XJBT03-2021-2025';

-- Programmes. All use the default limits (限项): 1 application/project as PI per call, 2 per section,
-- 3 as team member. eligible_unit_types NULL = all organization types. call_approval_required for the
-- major special projects and for 揭榜挂帅 calls (a published bounty needs leadership sign-off).

-- XJ-2021-2025 / MAJOR_SPECIAL
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'MAJOR_CHAIN', '重大科技专项（产业链）', 'Major S&T Special Projects (Industry Chain)',
       '聚焦自治区重大战略任务和重点产业链，集中突破对产业竞争力整体提升具有全局性影响、带动性强的关键共性技术与重大科技产品（工程）。以企业为主体、产学研结合，实行集成式协同攻关。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       'ENTERPRISE,UNIVERSITY,INSTITUTE', 20000000.00, 7, TRUE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'MAJOR_SPECIAL';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'MAJOR_CHALLENGE', '揭榜挂帅项目', 'Open-Challenge (Jiebang Guashuai) Projects',
       '围绕重点产业链“卡脖子”关键核心技术难题公开发榜，不设门槛、疆内外单位均可揭榜，由发榜单位与揭榜单位组建创新联合体攻关；揭榜团队负责人立“军令状”，按榜单约定目标验收兑现。',
       'CHALLENGE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 10000000.00, 7, TRUE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'MAJOR_SPECIAL';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'MAJOR_RACE', '赛马制项目', 'Horse-Race (Parallel Competition) Projects',
       '对技术路线尚不确定的重大攻关任务择优遴选多个团队并行立项，设置阶段性考核节点，按考核结果滚动支持优胜团队、淘汰落后团队。',
       'RACE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 5000000.00, 7, TRUE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'MAJOR_SPECIAL';

-- XJ-2021-2025 / KEY_RD
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'KEY_RD_GENERAL', '重点研发计划', 'Key R&D Programme',
       '围绕产业链部署创新链，按应用基础研究、共性关键技术到应用示范全链条一体化设计，支持现代农业、优势产业和战略性新兴产业、资源环境等领域的重点研发任务。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 3000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'KEY_RD';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'KEY_RD_SCO', '国际科技合作（上合科技伙伴计划）', 'International S&T Cooperation (SCO S&T Partnership Programme)',
       '实施“上海合作组织科技伙伴计划”，面向上合组织成员国和丝绸之路经济带沿线国家的共同需求，支持联合研究、先进技术示范与推广、共建联合实验室和技术转移中心。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 2000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'KEY_RD';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'KEY_RD_LIVELIHOOD', '科技惠民（社会发展）', 'S&T for Public Welfare (Social Development)',
       '聚焦区域高发病防治、食品药品安全、防灾减灾和公共安全等民生领域，开展关键技术研发和示范推广。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 1500000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'KEY_RD';

-- XJ-2021-2025 / TRANSFORMATION_DEMO
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'TRANSFORM_DEMO', '成果转化示范', 'Achievement Transformation Demonstration',
       '支持企业牵头承接和转化先进适用科技成果，开展中试熟化、工程化和产业化示范；企业自筹资金与财政资金比例不低于1:1。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, 1.00,
       'ENTERPRISE', 2000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'TRANSFORMATION_DEMO';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'TRANSFORM_POST_SUBSIDY', '成果转化后补助', 'Post-Subsidy for Transferred Achievements',
       '对已完成转化并取得经核实的经济社会效益的科技成果，按技术合同成交额、转化收入等绩效给予事后补助，验收核实后一次性拨付。',
       'POST_SUBSIDY', 'APPLIED', 1, 2, 3, NULL, NULL,
       'ENTERPRISE,UNIVERSITY,INSTITUTE', 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'TRANSFORMATION_DEMO';

-- XJ-2021-2025 / INNOVATION_ENVIRONMENT
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'TALENT_TIANSHAN_LEADER', '天山英才—科技创新领军人才', 'Tianshan Talents: Leading S&T Innovation Talents',
       '“天山英才”培养计划中的科技创新领军人才项目，支持高层次创新人才围绕自治区重大需求开展创新研究、带领团队；经费实行包干制，不设科目比例限制。',
       'LUMP_SUM', 'CONDITION_BUILDING', 1, 2, 3, NULL, NULL,
       NULL, 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'TALENT_TIANSHAN_TEAM', '天山创新团队', 'Tianshan Innovation Teams',
       '重点支持中青年科技创新团队建设，优化人才培养模式和支持方式，按团队贡献和人才培养成效评价；经费实行包干制。',
       'LUMP_SUM', 'CONDITION_BUILDING', 1, 2, 3, NULL, NULL,
       NULL, 2000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'NSF_YOUTH_DISTINGUISHED', '杰出青年科学基金', 'Distinguished Young Scholars Fund',
       '支持在基础研究方面已取得突出成绩的青年科技人才自主选择研究方向开展创新研究；申请人在申报截止日未满40周岁，经费实行包干制。',
       'LUMP_SUM', 'BASIC', 1, 2, 3, 40, NULL,
       NULL, 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'NSF_GENERAL', '自然科学基金（面上项目）', 'Natural Science Foundation (General Programme)',
       '支持科研人员围绕水资源、生态环境、生物资源、地质演化等领域自由探索，开展基础研究和应用基础研究，实行同行评议。',
       'COMPETITIVE', 'BASIC', 1, 2, 3, NULL, NULL,
       NULL, 300000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'NSF_YOUTH', '自然科学基金（青年科学基金项目）', 'Natural Science Foundation (Young Scientists)',
       '支持35周岁以下的青年科技人员独立主持基础研究项目，培养基础研究后备人才。',
       'COMPETITIVE', 'BASIC', 1, 2, 3, 35, NULL,
       NULL, 100000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'NSF_THEORY', '自然科学基金（数学等纯理论基础研究）', 'Natural Science Foundation (Pure Theory, e.g. Mathematics)',
       '面向数学等以人力投入为主、设备需求少的纯理论基础研究；按国家政策提高间接费用核定比例（分段60%、50%、40%）。',
       'COMPETITIVE', 'BASIC', 1, 2, 3, NULL, NULL,
       NULL, 300000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'BASE_KEY_LAB', '自治区重点实验室', 'Autonomous Region Key Laboratories',
       '对通过评估的自治区重点实验室给予稳定支持，用于自主研究、开放课题和运行保障；不实行竞争性评审，按绩效评估结果动态调整。',
       'STABLE', 'CONDITION_BUILDING', 1, 2, 3, NULL, NULL,
       'UNIVERSITY,INSTITUTE,ENTERPRISE,HOSPITAL', 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

-- XJ-2021-2025 / REGIONAL_COLLAB
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'COLLAB_AID_XINJIANG', '科技援疆', 'S&T Aid to Xinjiang',
       '发挥全国科技援疆机制，支持疆内单位与援疆省市的科研院所、高校和企业联合开展关键技术攻关，推动内地先进科技成果在疆落地转化。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'REGIONAL_COLLAB';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'COLLAB_CAS_AID', '中科援疆', 'CAS Aid to Xinjiang',
       '以“中科援疆基金”为示范，支持中国科学院所属院所与疆内单位合作，开展重大科技成果产业化和高新技术企业培育。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'REGIONAL_COLLAB';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'COLLAB_CORPS_REGION', '兵地科技融合协同创新', 'Corps-Region S&T Integration and Collaborative Innovation',
       '落实兵地定期会商机制，支持自治区与兵团单位联合申报、共建平台、协同攻关，促进兵地科技融合发展。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'REGIONAL_COLLAB';

-- XJ-2021-2025 / TRANSFORMATION_FUND
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'FUND_EQUITY', '子基金（股权投资）', 'Sub-Funds (Equity Investment)',
       '引导基金以参股方式与社会资本合作设立子基金，投向自治区科技成果转化项目和科技型中小企业，按市场化方式运作。',
       'EQUITY', 'APPLIED', 1, 2, 3, NULL, NULL,
       'ENTERPRISE', 30000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'TRANSFORMATION_FUND';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'FUND_LOAN_SUBSIDY', '贷款贴息', 'Loan Interest Subsidy',
       '对科技型企业为实施科技成果转化项目取得的银行贷款，按实际支付利息的一定比例给予贴息。',
       'LOAN_SUBSIDY', 'APPLIED', 1, 2, 3, NULL, NULL,
       'ENTERPRISE', 500000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'TRANSFORMATION_FUND';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'FUND_RISK_COMPENSATION', '风险补偿', 'Risk Compensation',
       '对合作银行、担保机构向科技型中小企业发放贷款或提供担保所发生的本金损失，按约定比例给予风险补偿。',
       'RISK_COMPENSATION', 'APPLIED', 1, 2, 3, NULL, NULL,
       'ENTERPRISE,OTHER', 2000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJ-2021-2025' AND s.code = 'TRANSFORMATION_FUND';

-- XJBT03-2021-2025 / KEY_RD
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'XJBT03_CHALLENGE', '揭榜挂帅（“卡脖子”技术攻关）', 'Open-Challenge (Jiebang Guashuai) Projects for Bottleneck Technologies',
       '围绕师市重点产业链“卡脖子”技术难题面向疆内外征集揭榜，由发榜企业与揭榜单位共同组建创新联合体开展关键核心技术攻关，揭榜负责人立“军令状”。',
       'CHALLENGE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 2000000.00, 7, TRUE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJBT03-2021-2025' AND s.code = 'KEY_RD';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'XJBT03_RACE', '赛马制项目', 'Horse-Race (Parallel Competition) Projects',
       '对同一攻关任务择优支持多个团队并行研发，中期考核后滚动支持优胜团队、淘汰落后团队。',
       'RACE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 1000000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJBT03-2021-2025' AND s.code = 'KEY_RD';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'XJBT03_KEY_RD_GENERAL', '师市重点研发项目', 'Division Key R&D Projects',
       '围绕师市现代农业（灰枣、棉花）、纺织服装和大健康等产业需求，支持关键技术研发与集成示范。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, NULL,
       NULL, 500000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJBT03-2021-2025' AND s.code = 'KEY_RD';

-- XJBT03-2021-2025 / TRANSFORMATION_DEMO
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'XJBT03_POST_SUBSIDY', '科技成果转化奖励性后补助', 'Reward Post-Subsidy for Achievement Transformation',
       '对在师市完成转化并取得经核实效益的科技成果给予奖励性后补助，验收核实后一次性拨付。',
       'POST_SUBSIDY', 'APPLIED', 1, 2, 3, NULL, NULL,
       'ENTERPRISE,UNIVERSITY,INSTITUTE', 300000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJBT03-2021-2025' AND s.code = 'TRANSFORMATION_DEMO';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'XJBT03_TRANSFORM_DEMO', '成果转移转化示范', 'Achievement Transfer and Transformation Demonstration',
       '支持企业联合“两校一院”及援疆省市科研院所在师市开展成果中试、示范推广和产业化；企业自筹资金与财政资金比例不低于1:1。',
       'COMPETITIVE', 'APPLIED', 1, 2, 3, NULL, 1.00,
       'ENTERPRISE', 500000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJBT03-2021-2025' AND s.code = 'TRANSFORMATION_DEMO';

-- XJBT03-2021-2025 / INNOVATION_ENVIRONMENT
INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'XJBT03_PLATFORM', '创新平台（重点实验室、研发中心）建设', 'Innovation Platforms (Key Laboratories, R&D Centres)',
       '对师市重点实验室、技术研究中心等研发平台给予稳定支持，按运行绩效考核结果动态调整。',
       'STABLE', 'CONDITION_BUILDING', 1, 2, 3, NULL, NULL,
       'UNIVERSITY,INSTITUTE,ENTERPRISE,HOSPITAL', 500000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJBT03-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';

INSERT INTO programme (section_id, code, name, name_en, description, funding_mode, evaluation_class,
                       max_pi_per_call, max_pi_per_section, max_as_member, max_age, min_co_funding_ratio,
                       eligible_unit_types, default_ceiling, public_notice_days, call_approval_required)
SELECT s.id, 'XJBT03_YOUTH_TALENT', '杰出青年科技人才', 'Outstanding Young S&T Talents',
       '激励师市杰出青年科技人才开展创新研究；申请人在申报截止日未满40周岁，经费实行包干制。',
       'LUMP_SUM', 'CONDITION_BUILDING', 1, 2, 3, 40, NULL,
       NULL, 300000.00, 7, FALSE
FROM section s JOIN plan_catalog c ON c.id = s.catalog_id
WHERE c.code = 'XJBT03-2021-2025' AND s.code = 'INNOVATION_ENVIRONMENT';


-- Indirect-cost brackets (applied to direct costs minus equipment purchase), for every grant programme
-- except LUMP_SUM (total only) and the fund instruments. Default: the national 2021 reform's schedule,
-- 30 % up to 5 million, 25 % from 5 to 10 million, 20 % above 10 million.
INSERT INTO indirect_cost_bracket (programme_id, seq, up_to, rate)
SELECT p.id, b.seq, b.up_to, b.rate
FROM programme p
CROSS JOIN (SELECT 1 AS seq, 5000000.00 AS up_to, 0.3000 AS rate
            UNION ALL SELECT 2, 10000000.00, 0.2500
            UNION ALL SELECT 3, NULL, 0.2000) b
WHERE p.code IN ('MAJOR_CHAIN', 'MAJOR_CHALLENGE', 'MAJOR_RACE',
                 'KEY_RD_GENERAL', 'KEY_RD_SCO', 'KEY_RD_LIVELIHOOD',
                 'TRANSFORM_DEMO', 'TRANSFORM_POST_SUBSIDY', 'NSF_GENERAL',
                 'NSF_YOUTH', 'BASE_KEY_LAB', 'COLLAB_AID_XINJIANG',
                 'COLLAB_CAS_AID', 'COLLAB_CORPS_REGION', 'XJBT03_CHALLENGE',
                 'XJBT03_RACE', 'XJBT03_KEY_RD_GENERAL', 'XJBT03_POST_SUBSIDY',
                 'XJBT03_TRANSFORM_DEMO', 'XJBT03_PLATFORM');

-- Pure theory (mathematics etc.): labour-intensive, little equipment, higher indirect-cost rates.
INSERT INTO indirect_cost_bracket (programme_id, seq, up_to, rate)
SELECT p.id, b.seq, b.up_to, b.rate
FROM programme p
CROSS JOIN (SELECT 1 AS seq, 5000000.00 AS up_to, 0.6000 AS rate
            UNION ALL SELECT 2, 10000000.00, 0.5000
            UNION ALL SELECT 3, NULL, 0.4000) b
WHERE p.code IN ('NSF_THEORY');

-- Tranche schedules; the shares of each programme sum to 1.0000.
-- Competitive grants: 60 % at contract, 40 % after a passed mid-term review.
INSERT INTO tranche_rule (programme_id, no, share, release_condition)
SELECT p.id, t.no, t.share, t.release_condition
FROM programme p
CROSS JOIN (SELECT 1 AS no, 0.6000 AS share, 'AT_CONTRACT' AS release_condition
            UNION ALL SELECT 2, 0.4000, 'AFTER_MIDTERM') t
WHERE p.code IN ('MAJOR_CHAIN', 'KEY_RD_GENERAL', 'KEY_RD_SCO',
                 'KEY_RD_LIVELIHOOD', 'TRANSFORM_DEMO', 'NSF_GENERAL',
                 'NSF_YOUTH', 'NSF_THEORY', 'COLLAB_AID_XINJIANG',
                 'COLLAB_CAS_AID', 'COLLAB_CORPS_REGION', 'XJBT03_KEY_RD_GENERAL',
                 'XJBT03_TRANSFORM_DEMO');

-- 揭榜挂帅: half at contract, 30 % after the mid-term review, the rest once the pledged targets are accepted.
INSERT INTO tranche_rule (programme_id, no, share, release_condition)
SELECT p.id, t.no, t.share, t.release_condition
FROM programme p
CROSS JOIN (SELECT 1 AS no, 0.5000 AS share, 'AT_CONTRACT' AS release_condition
            UNION ALL SELECT 2, 0.3000, 'AFTER_MIDTERM'
            UNION ALL SELECT 3, 0.2000, 'AFTER_ACCEPTANCE') t
WHERE p.code IN ('MAJOR_CHALLENGE', 'XJBT03_CHALLENGE');

-- 赛马制: a smaller first tranche to every team; the larger second tranche only to teams passing the stage gate.
INSERT INTO tranche_rule (programme_id, no, share, release_condition)
SELECT p.id, t.no, t.share, t.release_condition
FROM programme p
CROSS JOIN (SELECT 1 AS no, 0.4000 AS share, 'AT_CONTRACT' AS release_condition
            UNION ALL SELECT 2, 0.6000, 'AFTER_MIDTERM') t
WHERE p.code IN ('MAJOR_RACE', 'XJBT03_RACE');

-- Stable (institutional) support: paid in full at contract.
INSERT INTO tranche_rule (programme_id, no, share, release_condition)
SELECT p.id, t.no, t.share, t.release_condition
FROM programme p
CROSS JOIN (SELECT 1 AS no, 1.0000 AS share, 'AT_CONTRACT' AS release_condition) t
WHERE p.code IN ('BASE_KEY_LAB', 'XJBT03_PLATFORM');

-- 后补助: paid in full once results are verified at acceptance.
INSERT INTO tranche_rule (programme_id, no, share, release_condition)
SELECT p.id, t.no, t.share, t.release_condition
FROM programme p
CROSS JOIN (SELECT 1 AS no, 1.0000 AS share, 'AFTER_ACCEPTANCE' AS release_condition) t
WHERE p.code IN ('TRANSFORM_POST_SUBSIDY', 'XJBT03_POST_SUBSIDY');

-- 包干制 talent programmes: half at contract, half after the mid-term review.
INSERT INTO tranche_rule (programme_id, no, share, release_condition)
SELECT p.id, t.no, t.share, t.release_condition
FROM programme p
CROSS JOIN (SELECT 1 AS no, 0.5000 AS share, 'AT_CONTRACT' AS release_condition
            UNION ALL SELECT 2, 0.5000, 'AFTER_MIDTERM') t
WHERE p.code IN ('TALENT_TIANSHAN_LEADER', 'TALENT_TIANSHAN_TEAM', 'NSF_YOUTH_DISTINGUISHED',
                 'XJBT03_YOUTH_TALENT');

-- Fund instruments: one disbursement when the investment / subsidy / compensation agreement is signed.
INSERT INTO tranche_rule (programme_id, no, share, release_condition)
SELECT p.id, t.no, t.share, t.release_condition
FROM programme p
CROSS JOIN (SELECT 1 AS no, 1.0000 AS share, 'AT_CONTRACT' AS release_condition) t
WHERE p.code IN ('FUND_EQUITY', 'FUND_LOAN_SUBSIDY', 'FUND_RISK_COMPENSATION');
