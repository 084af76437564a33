-- Reference data: jurisdictions (GB/T 2260 codes for the autonomous region, its prefectures and
-- some of their counties; XJBT codes for the Production and Construction Corps and its divisions)
-- and disciplines (GB/T 13745-2009 《学科分类与代码》, first level with 3-digit codes and
-- second level with 5-digit codes). Parents are inserted before their children.

-- Autonomous region
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('650000', '新疆维吾尔自治区', 'Xinjiang Uygur Autonomous Region', 'REGION', NULL);

-- Prefecture-level divisions of the autonomous region (GB/T 2260)
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('650100', '乌鲁木齐市', 'Urumqi City', 'PREFECTURE', '650000'),
    ('650200', '克拉玛依市', 'Karamay City', 'PREFECTURE', '650000'),
    ('650400', '吐鲁番市', 'Turpan City', 'PREFECTURE', '650000'),
    ('650500', '哈密市', 'Hami City', 'PREFECTURE', '650000'),
    ('652300', '昌吉回族自治州', 'Changji Hui Autonomous Prefecture', 'PREFECTURE', '650000'),
    ('652700', '博尔塔拉蒙古自治州', 'Bortala Mongol Autonomous Prefecture', 'PREFECTURE', '650000'),
    ('652800', '巴音郭楞蒙古自治州', 'Bayingolin Mongol Autonomous Prefecture', 'PREFECTURE', '650000'),
    ('652900', '阿克苏地区', 'Aksu Prefecture', 'PREFECTURE', '650000'),
    ('653000', '克孜勒苏柯尔克孜自治州', 'Kizilsu Kirghiz Autonomous Prefecture', 'PREFECTURE', '650000'),
    ('653100', '喀什地区', 'Kashgar Prefecture', 'PREFECTURE', '650000'),
    ('653200', '和田地区', 'Hotan Prefecture', 'PREFECTURE', '650000'),
    ('654000', '伊犁哈萨克自治州', 'Ili Kazakh Autonomous Prefecture', 'PREFECTURE', '650000'),
    ('654200', '塔城地区', 'Tacheng Prefecture', 'PREFECTURE', '650000'),
    ('654300', '阿勒泰地区', 'Altay Prefecture', 'PREFECTURE', '650000');

-- County-level divisions (GB/T 2260): districts, county-level cities and counties
-- 650100 乌鲁木齐市
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('650102', '天山区', 'Tianshan District, Urumqi', 'COUNTY', '650100'),
    ('650103', '沙依巴克区', 'Saybag District, Urumqi', 'COUNTY', '650100'),
    ('650104', '新市区', 'Xinshi District, Urumqi', 'COUNTY', '650100'),
    ('650105', '水磨沟区', 'Shuimogou District, Urumqi', 'COUNTY', '650100'),
    ('650106', '头屯河区', 'Toutunhe District, Urumqi', 'COUNTY', '650100'),
    ('650107', '达坂城区', 'Dabancheng District, Urumqi', 'COUNTY', '650100'),
    ('650109', '米东区', 'Midong District, Urumqi', 'COUNTY', '650100'),
    ('650121', '乌鲁木齐县', 'Urumqi County', 'COUNTY', '650100');

-- 650200 克拉玛依市
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('650202', '独山子区', 'Dushanzi District, Karamay', 'COUNTY', '650200'),
    ('650203', '克拉玛依区', 'Karamay District, Karamay', 'COUNTY', '650200'),
    ('650204', '白碱滩区', 'Baijiantan District, Karamay', 'COUNTY', '650200'),
    ('650205', '乌尔禾区', 'Urho District, Karamay', 'COUNTY', '650200');

-- 650400 吐鲁番市
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('650402', '高昌区', 'Gaochang District, Turpan', 'COUNTY', '650400'),
    ('650421', '鄯善县', 'Shanshan (Piqan) County', 'COUNTY', '650400'),
    ('650422', '托克逊县', 'Toksun County', 'COUNTY', '650400');

-- 650500 哈密市
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('650502', '伊州区', 'Yizhou District, Hami', 'COUNTY', '650500'),
    ('650521', '巴里坤哈萨克自治县', 'Barkol Kazakh Autonomous County', 'COUNTY', '650500'),
    ('650522', '伊吾县', 'Yiwu County', 'COUNTY', '650500');

-- 652300 昌吉回族自治州
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('652301', '昌吉市', 'Changji City', 'COUNTY', '652300'),
    ('652302', '阜康市', 'Fukang City', 'COUNTY', '652300'),
    ('652323', '呼图壁县', 'Hutubi County', 'COUNTY', '652300'),
    ('652324', '玛纳斯县', 'Manas County', 'COUNTY', '652300'),
    ('652325', '奇台县', 'Qitai County', 'COUNTY', '652300'),
    ('652327', '吉木萨尔县', 'Jimsar County', 'COUNTY', '652300'),
    ('652328', '木垒哈萨克自治县', 'Mori Kazakh Autonomous County', 'COUNTY', '652300');

-- 653100 喀什地区
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('653101', '喀什市', 'Kashgar City', 'COUNTY', '653100'),
    ('653121', '疏附县', 'Shufu (Kona Xahar) County', 'COUNTY', '653100'),
    ('653122', '疏勒县', 'Shule (Yengixahar) County', 'COUNTY', '653100'),
    ('653123', '英吉沙县', 'Yengisar County', 'COUNTY', '653100'),
    ('653124', '泽普县', 'Zepu (Poskam) County', 'COUNTY', '653100'),
    ('653125', '莎车县', 'Shache (Yarkant) County', 'COUNTY', '653100'),
    ('653126', '叶城县', 'Yecheng (Kargilik) County', 'COUNTY', '653100'),
    ('653127', '麦盖提县', 'Makit County', 'COUNTY', '653100'),
    ('653128', '岳普湖县', 'Yopurga County', 'COUNTY', '653100'),
    ('653129', '伽师县', 'Jiashi (Peyzawat) County', 'COUNTY', '653100'),
    ('653130', '巴楚县', 'Bachu (Maralbexi) County', 'COUNTY', '653100'),
    ('653131', '塔什库尔干塔吉克自治县', 'Taxkorgan Tajik Autonomous County', 'COUNTY', '653100');

-- 653200 和田地区
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('653201', '和田市', 'Hotan City', 'COUNTY', '653200'),
    ('653221', '和田县', 'Hotan County', 'COUNTY', '653200'),
    ('653222', '墨玉县', 'Moyu (Karakax) County', 'COUNTY', '653200'),
    ('653223', '皮山县', 'Pishan (Guma) County', 'COUNTY', '653200'),
    ('653224', '洛浦县', 'Lop County', 'COUNTY', '653200'),
    ('653225', '策勒县', 'Qira County', 'COUNTY', '653200'),
    ('653226', '于田县', 'Yutian (Keriya) County', 'COUNTY', '653200'),
    ('653227', '民丰县', 'Minfeng (Niya) County', 'COUNTY', '653200');

-- Xinjiang Production and Construction Corps (runs a catalog hierarchy parallel to the region)
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('XJBT', '新疆生产建设兵团', 'Xinjiang Production and Construction Corps', 'CORPS', NULL);

-- Divisions of the Corps; name_en carries the city the division administers where it has one
INSERT INTO jurisdiction (code, name, name_en, level, parent_code) VALUES
    ('XJBT-01', '第一师', '1st Division (Aral)', 'DIVISION', 'XJBT'),
    ('XJBT-02', '第二师', '2nd Division (Tiemenguan)', 'DIVISION', 'XJBT'),
    ('XJBT-03', '第三师', '3rd Division (Tumxuk)', 'DIVISION', 'XJBT'),
    ('XJBT-04', '第四师', '4th Division (Kokdala)', 'DIVISION', 'XJBT'),
    ('XJBT-05', '第五师', '5th Division (Shuanghe)', 'DIVISION', 'XJBT'),
    ('XJBT-06', '第六师', '6th Division (Wujiaqu)', 'DIVISION', 'XJBT'),
    ('XJBT-07', '第七师', '7th Division (Huyanghe)', 'DIVISION', 'XJBT'),
    ('XJBT-08', '第八师', '8th Division (Shihezi)', 'DIVISION', 'XJBT'),
    ('XJBT-09', '第九师', '9th Division', 'DIVISION', 'XJBT'),
    ('XJBT-10', '第十师', '10th Division (Beitun)', 'DIVISION', 'XJBT'),
    ('XJBT-11', '第十一师', '11th Division (Construction Engineering)', 'DIVISION', 'XJBT'),
    ('XJBT-12', '第十二师', '12th Division', 'DIVISION', 'XJBT'),
    ('XJBT-13', '第十三师', '13th Division (Xinxing)', 'DIVISION', 'XJBT'),
    ('XJBT-14', '第十四师', '14th Division (Kunyu)', 'DIVISION', 'XJBT');

-- GB/T 13745-2009 first level (62 disciplines)
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('110', '数学', 'Mathematics', NULL),
    ('120', '信息科学与系统科学', 'Information Science and Systems Science', NULL),
    ('130', '力学', 'Mechanics', NULL),
    ('140', '物理学', 'Physics', NULL),
    ('150', '化学', 'Chemistry', NULL),
    ('160', '天文学', 'Astronomy', NULL),
    ('170', '地球科学', 'Earth Sciences', NULL),
    ('180', '生物学', 'Biology', NULL),
    ('190', '心理学', 'Psychology', NULL),
    ('210', '农学', 'Agriculture', NULL),
    ('220', '林学', 'Forestry', NULL),
    ('230', '畜牧、兽医科学', 'Animal Husbandry and Veterinary Science', NULL),
    ('240', '水产学', 'Fisheries Science', NULL),
    ('310', '基础医学', 'Basic Medicine', NULL),
    ('320', '临床医学', 'Clinical Medicine', NULL),
    ('330', '预防医学与公共卫生学', 'Preventive Medicine and Public Health', NULL),
    ('340', '军事医学与特种医学', 'Military Medicine and Special Medicine', NULL),
    ('350', '药学', 'Pharmacy', NULL),
    ('360', '中医学与中药学', 'Traditional Chinese Medicine and Chinese Materia Medica', NULL),
    ('410', '工程与技术科学基础学科', 'Basic Disciplines of Engineering and Technology', NULL),
    ('413', '信息与系统科学相关工程与技术', 'Engineering and Technology Related to Information and Systems Science', NULL),
    ('416', '自然科学相关工程与技术', 'Engineering and Technology Related to Natural Sciences', NULL),
    ('420', '测绘科学技术', 'Surveying and Mapping Science and Technology', NULL),
    ('430', '材料科学', 'Materials Science', NULL),
    ('440', '矿山工程技术', 'Mining Engineering and Technology', NULL),
    ('450', '冶金工程技术', 'Metallurgical Engineering and Technology', NULL),
    ('460', '机械工程', 'Mechanical Engineering', NULL),
    ('470', '动力与电气工程', 'Power and Electrical Engineering', NULL),
    ('480', '能源科学技术', 'Energy Science and Technology', NULL),
    ('490', '核科学技术', 'Nuclear Science and Technology', NULL),
    ('510', '电子与通信技术', 'Electronics and Communication Technology', NULL),
    ('520', '计算机科学技术', 'Computer Science and Technology', NULL),
    ('530', '化学工程', 'Chemical Engineering', NULL),
    ('535', '产品应用相关工程与技术', 'Engineering and Technology Related to Product Applications', NULL),
    ('540', '纺织科学技术', 'Textile Science and Technology', NULL),
    ('550', '食品科学技术', 'Food Science and Technology', NULL),
    ('560', '土木建筑工程', 'Civil and Architectural Engineering', NULL),
    ('570', '水利工程', 'Hydraulic Engineering', NULL),
    ('580', '交通运输工程', 'Transportation Engineering', NULL),
    ('590', '航空、航天科学技术', 'Aeronautical and Astronautical Science and Technology', NULL),
    ('610', '环境科学技术及资源科学技术', 'Environmental and Resource Science and Technology', NULL),
    ('620', '安全科学技术', 'Safety Science and Technology', NULL),
    ('630', '管理学', 'Management Science', NULL),
    ('710', '马克思主义', 'Marxism', NULL),
    ('720', '哲学', 'Philosophy', NULL),
    ('730', '宗教学', 'Religious Studies', NULL),
    ('740', '语言学', 'Linguistics', NULL),
    ('750', '文学', 'Literature', NULL),
    ('760', '艺术学', 'Art Studies', NULL),
    ('770', '历史学', 'History', NULL),
    ('780', '考古学', 'Archaeology', NULL),
    ('790', '经济学', 'Economics', NULL),
    ('810', '政治学', 'Political Science', NULL),
    ('820', '法学', 'Law', NULL),
    ('830', '军事学', 'Military Science', NULL),
    ('840', '社会学', 'Sociology', NULL),
    ('850', '民族学与文化学', 'Ethnology and Cultural Studies', NULL),
    ('860', '新闻学与传播学', 'Journalism and Communication', NULL),
    ('870', '图书馆、情报与文献学', 'Library, Information and Documentation Science', NULL),
    ('880', '教育学', 'Education', NULL),
    ('890', '体育科学', 'Sport Science', NULL),
    ('910', '统计学', 'Statistics', NULL);

-- GB/T 13745-2009 second level, grouped by first-level parent (the parent is the first three digits)
-- 110 数学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('11011', '数学史', 'History of Mathematics', '110'),
    ('11014', '数理逻辑与数学基础', 'Mathematical Logic and Foundations of Mathematics', '110'),
    ('11017', '数论', 'Number Theory', '110'),
    ('11021', '代数学', 'Algebra', '110'),
    ('11024', '代数几何学', 'Algebraic Geometry', '110'),
    ('11027', '几何学', 'Geometry', '110'),
    ('11031', '拓扑学', 'Topology', '110'),
    ('11034', '数学分析', 'Mathematical Analysis', '110'),
    ('11037', '非标准分析', 'Non-standard Analysis', '110'),
    ('11041', '函数论', 'Function Theory', '110'),
    ('11044', '常微分方程', 'Ordinary Differential Equations', '110'),
    ('11047', '偏微分方程', 'Partial Differential Equations', '110'),
    ('11051', '动力系统', 'Dynamical Systems', '110'),
    ('11054', '积分方程', 'Integral Equations', '110'),
    ('11057', '泛函分析', 'Functional Analysis', '110'),
    ('11061', '计算数学', 'Computational Mathematics', '110'),
    ('11064', '概率论', 'Probability Theory', '110'),
    ('11067', '数理统计学', 'Mathematical Statistics', '110'),
    ('11071', '应用统计数学', 'Applied Statistical Mathematics', '110'),
    ('11074', '运筹学', 'Operations Research', '110'),
    ('11077', '组合数学', 'Combinatorics', '110'),
    ('11081', '离散数学', 'Discrete Mathematics', '110'),
    ('11084', '模糊数学', 'Fuzzy Mathematics', '110'),
    ('11085', '计算机数学', 'Computer Mathematics', '110'),
    ('11087', '应用数学', 'Applied Mathematics', '110'),
    ('11099', '数学其他学科', 'Mathematics, Other Disciplines', '110');

-- 120 信息科学与系统科学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('12010', '信息科学与系统科学基础学科', 'Foundations of Information and Systems Science', '120'),
    ('12020', '系统学', 'Systems Theory', '120'),
    ('12030', '控制理论', 'Control Theory', '120'),
    ('12040', '系统评估与可行性分析', 'Systems Evaluation and Feasibility Analysis', '120'),
    ('12050', '系统工程方法论', 'Systems Engineering Methodology', '120'),
    ('12099', '信息科学与系统科学其他学科', 'Information Science and Systems Science, Other Disciplines', '120');

-- 130 力学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('13010', '基础力学', 'Fundamental Mechanics', '130'),
    ('13015', '固体力学', 'Solid Mechanics', '130'),
    ('13020', '振动与波', 'Vibration and Waves', '130'),
    ('13025', '流体力学', 'Fluid Mechanics', '130'),
    ('13030', '流变学', 'Rheology', '130'),
    ('13035', '爆炸力学', 'Explosion Mechanics', '130'),
    ('13040', '物理力学', 'Physical Mechanics', '130'),
    ('13041', '生物力学', 'Biomechanics', '130'),
    ('13045', '统计力学', 'Statistical Mechanics', '130'),
    ('13050', '应用力学', 'Applied Mechanics', '130'),
    ('13099', '力学其他学科', 'Mechanics, Other Disciplines', '130');

-- 140 物理学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('14010', '物理学史', 'History of Physics', '140'),
    ('14015', '理论物理学', 'Theoretical Physics', '140'),
    ('14020', '声学', 'Acoustics', '140'),
    ('14025', '热学', 'Thermal Physics', '140'),
    ('14030', '光学', 'Optics', '140'),
    ('14035', '电磁学', 'Electromagnetism', '140'),
    ('14040', '无线电物理', 'Radio Physics', '140'),
    ('14045', '电子物理学', 'Electron Physics', '140'),
    ('14050', '凝聚态物理学', 'Condensed Matter Physics', '140'),
    ('14055', '等离子体物理学', 'Plasma Physics', '140'),
    ('14060', '原子分子物理学', 'Atomic and Molecular Physics', '140'),
    ('14065', '原子核物理学', 'Nuclear Physics', '140'),
    ('14070', '高能物理学', 'High Energy Physics', '140'),
    ('14075', '计算物理学', 'Computational Physics', '140'),
    ('14080', '应用物理学', 'Applied Physics', '140'),
    ('14099', '物理学其他学科', 'Physics, Other Disciplines', '140');

-- 150 化学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('15010', '化学史', 'History of Chemistry', '150'),
    ('15015', '无机化学', 'Inorganic Chemistry', '150'),
    ('15020', '有机化学', 'Organic Chemistry', '150'),
    ('15025', '分析化学', 'Analytical Chemistry', '150'),
    ('15030', '物理化学', 'Physical Chemistry', '150'),
    ('15035', '化学物理学', 'Chemical Physics', '150'),
    ('15040', '高分子物理', 'Polymer Physics', '150'),
    ('15045', '高分子化学', 'Polymer Chemistry', '150'),
    ('15050', '核化学', 'Nuclear Chemistry', '150'),
    ('15055', '应用化学', 'Applied Chemistry', '150'),
    ('15060', '化学生物学', 'Chemical Biology', '150'),
    ('15065', '材料化学', 'Materials Chemistry', '150'),
    ('15099', '化学其他学科', 'Chemistry, Other Disciplines', '150');

-- 160 天文学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('16010', '天文学史', 'History of Astronomy', '160'),
    ('16015', '天体力学', 'Celestial Mechanics', '160'),
    ('16020', '天体物理学', 'Astrophysics', '160'),
    ('16025', '宇宙化学', 'Cosmochemistry', '160'),
    ('16030', '天体测量学', 'Astrometry', '160'),
    ('16035', '射电天文学', 'Radio Astronomy', '160'),
    ('16040', '空间天文学', 'Space Astronomy', '160'),
    ('16045', '天体演化学', 'Cosmogony', '160'),
    ('16050', '星系与宇宙学', 'Galaxies and Cosmology', '160'),
    ('16055', '恒星与银河系', 'Stars and the Milky Way', '160'),
    ('16060', '太阳与太阳系', 'The Sun and the Solar System', '160'),
    ('16065', '天体生物学', 'Astrobiology', '160'),
    ('16070', '天文地球动力学', 'Astrogeodynamics', '160'),
    ('16075', '时间测量学', 'Time Measurement', '160'),
    ('16099', '天文学其他学科', 'Astronomy, Other Disciplines', '160');

-- 170 地球科学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('17010', '地球科学史', 'History of Earth Sciences', '170'),
    ('17015', '大气科学', 'Atmospheric Sciences', '170'),
    ('17020', '固体地球物理学', 'Solid Earth Geophysics', '170'),
    ('17025', '空间物理学', 'Space Physics', '170'),
    ('17030', '地球化学', 'Geochemistry', '170'),
    ('17035', '大地测量学', 'Geodesy', '170'),
    ('17040', '地图学', 'Cartography', '170'),
    ('17045', '地理学', 'Geography', '170'),
    ('17050', '地质学', 'Geology', '170'),
    ('17055', '水文学', 'Hydrology', '170'),
    ('17060', '海洋科学', 'Marine Science', '170'),
    ('17099', '地球科学其他学科', 'Earth Sciences, Other Disciplines', '170');

-- 180 生物学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('18011', '生物数学', 'Biomathematics', '180'),
    ('18014', '生物物理学', 'Biophysics', '180'),
    ('18017', '生物化学', 'Biochemistry', '180'),
    ('18021', '细胞生物学', 'Cell Biology', '180'),
    ('18022', '免疫学', 'Immunology', '180'),
    ('18024', '生理学', 'Physiology', '180'),
    ('18027', '发育生物学', 'Developmental Biology', '180'),
    ('18031', '遗传学', 'Genetics', '180'),
    ('18034', '放射生物学', 'Radiobiology', '180'),
    ('18037', '分子生物学', 'Molecular Biology', '180'),
    ('18039', '专题生物学研究', 'Thematic Biological Research', '180'),
    ('18041', '生物进化论', 'Evolutionary Biology', '180'),
    ('18044', '生态学', 'Ecology', '180'),
    ('18047', '神经生物学', 'Neurobiology', '180'),
    ('18051', '植物学', 'Botany', '180'),
    ('18054', '昆虫学', 'Entomology', '180'),
    ('18057', '动物学', 'Zoology', '180'),
    ('18061', '微生物学', 'Microbiology', '180'),
    ('18064', '病毒学', 'Virology', '180'),
    ('18067', '人类学', 'Anthropology', '180'),
    ('18099', '生物学其他学科', 'Biology, Other Disciplines', '180');

-- 190 心理学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('19010', '心理学史', 'History of Psychology', '190'),
    ('19015', '认知心理学', 'Cognitive Psychology', '190'),
    ('19020', '社会心理学', 'Social Psychology', '190'),
    ('19025', '实验心理学', 'Experimental Psychology', '190'),
    ('19030', '发展心理学', 'Developmental Psychology', '190'),
    ('19040', '医学心理学', 'Medical Psychology', '190'),
    ('19041', '人格心理学', 'Personality Psychology', '190'),
    ('19042', '临床与咨询心理学', 'Clinical and Counselling Psychology', '190'),
    ('19045', '心理测量', 'Psychometrics', '190'),
    ('19046', '心理统计', 'Psychological Statistics', '190'),
    ('19050', '生理心理学', 'Physiological Psychology', '190'),
    ('19055', '工业心理学', 'Industrial Psychology', '190'),
    ('19060', '管理心理学', 'Management Psychology', '190'),
    ('19065', '应用心理学', 'Applied Psychology', '190'),
    ('19070', '教育心理学', 'Educational Psychology', '190'),
    ('19075', '法制心理学', 'Legal Psychology', '190'),
    ('19099', '心理学其他学科', 'Psychology, Other Disciplines', '190');

-- 210 农学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('21010', '农业史', 'History of Agriculture', '210'),
    ('21020', '农业基础学科', 'Basic Agricultural Sciences', '210'),
    ('21030', '农艺学', 'Agronomy', '210'),
    ('21040', '园艺学', 'Horticulture', '210'),
    ('21045', '农产品贮藏与加工', 'Storage and Processing of Agricultural Products', '210'),
    ('21050', '土壤学', 'Soil Science', '210'),
    ('21060', '植物保护学', 'Plant Protection', '210'),
    ('21099', '农学其他学科', 'Agriculture, Other Disciplines', '210');

-- 220 林学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('22010', '林业基础学科', 'Basic Forestry Sciences', '220'),
    ('22015', '林木遗传育种学', 'Forest Tree Genetics and Breeding', '220'),
    ('22020', '森林培育学', 'Silviculture', '220'),
    ('22025', '森林经理学', 'Forest Management', '220'),
    ('22030', '森林保护学', 'Forest Protection', '220'),
    ('22035', '野生动物保护与管理', 'Wildlife Conservation and Management', '220'),
    ('22040', '防护林学', 'Shelterbelt Science', '220'),
    ('22045', '经济林学', 'Economic Forestry', '220'),
    ('22050', '园林学', 'Landscape Architecture', '220'),
    ('22055', '林业工程', 'Forest Engineering', '220'),
    ('22060', '森林统计学', 'Forest Statistics', '220'),
    ('22065', '林业经济学', 'Forestry Economics', '220'),
    ('22099', '林学其他学科', 'Forestry, Other Disciplines', '220');

-- 230 畜牧、兽医科学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('23010', '畜牧、兽医科学基础学科', 'Basic Sciences of Animal Husbandry and Veterinary Medicine', '230'),
    ('23020', '畜牧学', 'Animal Husbandry', '230'),
    ('23030', '兽医学', 'Veterinary Medicine', '230'),
    ('23099', '畜牧、兽医科学其他学科', 'Animal Husbandry and Veterinary Science, Other Disciplines', '230');

-- 240 水产学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('24010', '水产学基础学科', 'Basic Fisheries Sciences', '240'),
    ('24015', '水产增殖学', 'Fishery Stock Enhancement', '240'),
    ('24020', '水产养殖学', 'Aquaculture', '240'),
    ('24025', '水产饲料学', 'Aquafeed Science', '240'),
    ('24030', '水产保护学', 'Fishery Conservation', '240'),
    ('24035', '捕捞学', 'Fishing Science', '240'),
    ('24040', '水产品贮藏与加工', 'Storage and Processing of Aquatic Products', '240'),
    ('24045', '水产工程学', 'Fishery Engineering', '240'),
    ('24050', '水产资源学', 'Fishery Resources', '240'),
    ('24055', '水产经济学', 'Fishery Economics', '240'),
    ('24099', '水产学其他学科', 'Fisheries Science, Other Disciplines', '240');

-- 310 基础医学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('31010', '医学史', 'History of Medicine', '310'),
    ('31011', '医学生物化学', 'Medical Biochemistry', '310'),
    ('31014', '人体解剖学', 'Human Anatomy', '310'),
    ('31017', '医学细胞生物学', 'Medical Cell Biology', '310'),
    ('31021', '人体生理学', 'Human Physiology', '310'),
    ('31024', '人体组织胚胎学', 'Human Histology and Embryology', '310'),
    ('31027', '医学遗传学', 'Medical Genetics', '310'),
    ('31031', '放射医学', 'Radiation Medicine', '310'),
    ('31034', '人体免疫学', 'Human Immunology', '310'),
    ('31037', '医学寄生虫学', 'Medical Parasitology', '310'),
    ('31041', '医学微生物学', 'Medical Microbiology', '310'),
    ('31044', '病理学', 'Pathology', '310'),
    ('31047', '药理学', 'Pharmacology', '310'),
    ('31051', '医学实验动物学', 'Medical Laboratory Animal Science', '310'),
    ('31057', '医学统计学', 'Medical Statistics', '310'),
    ('31099', '基础医学其他学科', 'Basic Medicine, Other Disciplines', '310');

-- 320 临床医学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('32011', '临床诊断学', 'Clinical Diagnostics', '320'),
    ('32014', '保健医学', 'Health Care Medicine', '320'),
    ('32017', '理疗学', 'Physiotherapy', '320'),
    ('32021', '麻醉学', 'Anaesthesiology', '320'),
    ('32024', '内科学', 'Internal Medicine', '320'),
    ('32027', '外科学', 'Surgery', '320'),
    ('32031', '妇产科学', 'Obstetrics and Gynaecology', '320'),
    ('32034', '儿科学', 'Paediatrics', '320'),
    ('32037', '眼科学', 'Ophthalmology', '320'),
    ('32041', '耳鼻咽喉科学', 'Otorhinolaryngology', '320'),
    ('32044', '口腔医学', 'Stomatology', '320'),
    ('32047', '皮肤病学', 'Dermatology', '320'),
    ('32051', '性医学', 'Sexual Medicine', '320'),
    ('32054', '神经病学', 'Neurology', '320'),
    ('32057', '精神病学', 'Psychiatry', '320'),
    ('32058', '重症医学', 'Critical Care Medicine', '320'),
    ('32061', '急诊医学', 'Emergency Medicine', '320'),
    ('32064', '核医学', 'Nuclear Medicine', '320'),
    ('32065', '全科医学', 'General Practice', '320'),
    ('32067', '肿瘤学', 'Oncology', '320'),
    ('32071', '护理学', 'Nursing', '320'),
    ('32099', '临床医学其他学科', 'Clinical Medicine, Other Disciplines', '320');

-- 330 预防医学与公共卫生学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('33011', '营养学', 'Nutrition', '330'),
    ('33014', '毒理学', 'Toxicology', '330'),
    ('33017', '消毒学', 'Disinfection Science', '330'),
    ('33021', '流行病学', 'Epidemiology', '330'),
    ('33027', '媒介生物控制学', 'Vector Biology and Control', '330'),
    ('33031', '环境医学', 'Environmental Medicine', '330'),
    ('33034', '职业病学', 'Occupational Diseases', '330'),
    ('33035', '热带医学', 'Tropical Medicine', '330'),
    ('33037', '地方病学', 'Endemic Diseases', '330'),
    ('33041', '社会医学', 'Social Medicine', '330'),
    ('33044', '卫生检验学', 'Health Inspection and Testing', '330'),
    ('33047', '食品卫生学', 'Food Hygiene', '330'),
    ('33051', '儿少与学校卫生学', 'Child, Adolescent and School Health', '330'),
    ('33054', '妇幼卫生学', 'Maternal and Child Health', '330'),
    ('33057', '环境卫生学', 'Environmental Health', '330'),
    ('33061', '劳动卫生学', 'Occupational Health', '330'),
    ('33064', '放射卫生学', 'Radiological Health', '330'),
    ('33067', '卫生工程学', 'Sanitary Engineering', '330'),
    ('33071', '卫生经济学', 'Health Economics', '330'),
    ('33072', '卫生统计学', 'Health Statistics', '330'),
    ('33074', '优生学', 'Eugenics', '330'),
    ('33077', '健康促进与健康教育学', 'Health Promotion and Health Education', '330'),
    ('33081', '卫生管理学', 'Health Management', '330'),
    ('33099', '预防医学与公共卫生学其他学科', 'Preventive Medicine and Public Health, Other Disciplines', '330');

-- 340 军事医学与特种医学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('34010', '军事医学', 'Military Medicine', '340'),
    ('34020', '特种医学', 'Special Medicine', '340'),
    ('34099', '军事医学与特种医学其他学科', 'Military Medicine and Special Medicine, Other Disciplines', '340');

-- 350 药学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('35010', '药物化学', 'Medicinal Chemistry', '350'),
    ('35020', '生物药物学', 'Biopharmacy', '350'),
    ('35025', '微生物药物学', 'Microbial Pharmacy', '350'),
    ('35030', '放射性药物学', 'Radiopharmacy', '350'),
    ('35035', '药剂学', 'Pharmaceutics', '350'),
    ('35040', '药效学', 'Pharmacodynamics', '350'),
    ('35045', '药物管理学', 'Pharmacy Administration', '350'),
    ('35050', '药物统计学', 'Pharmaceutical Statistics', '350'),
    ('35099', '药学其他学科', 'Pharmacy, Other Disciplines', '350');

-- 360 中医学与中药学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('36010', '中医学', 'Traditional Chinese Medicine', '360'),
    ('36020', '民族医学', 'Ethnic Medicine', '360'),
    ('36030', '中西医结合医学', 'Integrated Traditional Chinese and Western Medicine', '360'),
    ('36040', '中药学', 'Chinese Materia Medica', '360'),
    ('36099', '中医学与中药学其他学科', 'Traditional Chinese Medicine and Chinese Materia Medica, Other Disciplines', '360');

-- 410 工程与技术科学基础学科
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('41010', '工程数学', 'Engineering Mathematics', '410'),
    ('41015', '工程控制论', 'Engineering Cybernetics', '410'),
    ('41020', '工程力学', 'Engineering Mechanics', '410'),
    ('41025', '工程物理学', 'Engineering Physics', '410'),
    ('41030', '工程地质学', 'Engineering Geology', '410'),
    ('41035', '工程水文学', 'Engineering Hydrology', '410'),
    ('41040', '工程仿生学', 'Engineering Bionics', '410'),
    ('41045', '工程心理学', 'Engineering Psychology', '410'),
    ('41050', '标准科学技术', 'Standardization Science and Technology', '410'),
    ('41055', '计量学', 'Metrology', '410'),
    ('41060', '工程图学', 'Engineering Graphics', '410'),
    ('41065', '勘查技术', 'Exploration Technology', '410'),
    ('41070', '工程通用技术', 'General Engineering Technology', '410'),
    ('41075', '工业工程学', 'Industrial Engineering', '410'),
    ('41099', '工程与技术科学基础学科其他学科', 'Basic Disciplines of Engineering and Technology, Other Disciplines', '410');

-- 413 信息与系统科学相关工程与技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('41310', '控制科学与技术', 'Control Science and Technology', '413'),
    ('41315', '仿真科学技术', 'Simulation Science and Technology', '413'),
    ('41320', '信息安全技术', 'Information Security Technology', '413'),
    ('41330', '信息技术系统性应用', 'Systematic Application of Information Technology', '413'),
    ('41399', '信息与系统科学相关工程与技术其他学科', 'Engineering and Technology Related to Information and Systems Science, Other Disciplines', '413');

-- 416 自然科学相关工程与技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('41610', '物理学相关工程与技术', 'Engineering and Technology Related to Physics', '416'),
    ('41620', '光学工程', 'Optical Engineering', '416'),
    ('41630', '海洋工程与技术', 'Ocean Engineering and Technology', '416'),
    ('41640', '生物工程', 'Bioengineering', '416'),
    ('41650', '农业工程', 'Agricultural Engineering', '416'),
    ('41660', '生物医学工程学', 'Biomedical Engineering', '416');

-- 420 测绘科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('42010', '大地测量技术', 'Geodetic Surveying Technology', '420'),
    ('42020', '摄影测量与遥感技术', 'Photogrammetry and Remote Sensing Technology', '420'),
    ('42030', '地图制图技术', 'Cartographic Technology', '420'),
    ('42040', '工程测量技术', 'Engineering Surveying Technology', '420'),
    ('42050', '海洋测绘', 'Marine Surveying and Mapping', '420'),
    ('42060', '测绘仪器', 'Surveying and Mapping Instruments', '420'),
    ('42099', '测绘科学技术其他学科', 'Surveying and Mapping Science and Technology, Other Disciplines', '420');

-- 430 材料科学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('43010', '材料科学基础学科', 'Fundamentals of Materials Science', '430'),
    ('43015', '材料表面与界面', 'Material Surfaces and Interfaces', '430'),
    ('43020', '材料失效与保护', 'Material Failure and Protection', '430'),
    ('43025', '材料检测与分析技术', 'Materials Testing and Analysis Technology', '430'),
    ('43030', '材料实验', 'Materials Experimentation', '430'),
    ('43035', '材料合成与加工工艺', 'Materials Synthesis and Processing', '430'),
    ('43040', '金属材料', 'Metallic Materials', '430'),
    ('43045', '无机非金属材料', 'Inorganic Non-metallic Materials', '430'),
    ('43050', '有机高分子材料', 'Organic Polymer Materials', '430'),
    ('43055', '复合材料', 'Composite Materials', '430'),
    ('43060', '生物材料', 'Biomaterials', '430'),
    ('43070', '纳米材料', 'Nanomaterials', '430'),
    ('43099', '材料科学其他学科', 'Materials Science, Other Disciplines', '430');

-- 440 矿山工程技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('44010', '矿山地质学', 'Mine Geology', '440'),
    ('44015', '矿山测量', 'Mine Surveying', '440'),
    ('44020', '矿山设计', 'Mine Design', '440'),
    ('44025', '矿山地面工程', 'Mine Surface Engineering', '440'),
    ('44030', '井巷工程', 'Shaft and Roadway Engineering', '440'),
    ('44035', '采矿工程', 'Mining Engineering', '440'),
    ('44040', '选矿工程', 'Mineral Processing Engineering', '440'),
    ('44045', '钻井工程', 'Drilling Engineering', '440'),
    ('44050', '油气田井开发工程', 'Oil and Gas Field Development Engineering', '440'),
    ('44055', '石油、天然气储存与运输工程', 'Oil and Gas Storage and Transportation Engineering', '440'),
    ('44060', '矿山机械工程', 'Mining Machinery Engineering', '440'),
    ('44065', '矿山电气工程', 'Mine Electrical Engineering', '440'),
    ('44070', '采矿环境工程', 'Mining Environmental Engineering', '440'),
    ('44075', '矿山安全', 'Mine Safety', '440'),
    ('44080', '矿山综合利用工程', 'Comprehensive Utilization Engineering of Mines', '440'),
    ('44099', '矿山工程技术其他学科', 'Mining Engineering and Technology, Other Disciplines', '440');

-- 450 冶金工程技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('45010', '冶金物理化学', 'Metallurgical Physical Chemistry', '450'),
    ('45015', '冶金反应工程', 'Metallurgical Reaction Engineering', '450'),
    ('45020', '冶金原料与预处理', 'Metallurgical Raw Materials and Pretreatment', '450'),
    ('45025', '冶金热能工程', 'Metallurgical Thermal Engineering', '450'),
    ('45030', '冶金技术', 'Metallurgical Technology', '450'),
    ('45035', '钢铁冶金', 'Ferrous Metallurgy', '450'),
    ('45040', '有色金属冶金', 'Non-ferrous Metallurgy', '450'),
    ('45045', '轧制', 'Rolling', '450'),
    ('45050', '冶金机械及自动化', 'Metallurgical Machinery and Automation', '450'),
    ('45099', '冶金工程技术其他学科', 'Metallurgical Engineering and Technology, Other Disciplines', '450');

-- 460 机械工程
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('46010', '机械史', 'History of Machinery', '460'),
    ('46015', '机械学', 'Mechanics of Machinery', '460'),
    ('46020', '机械设计', 'Mechanical Design', '460'),
    ('46025', '机械制造工艺与设备', 'Manufacturing Processes and Equipment', '460'),
    ('46030', '刀具技术', 'Cutting Tool Technology', '460'),
    ('46035', '机床技术', 'Machine Tool Technology', '460'),
    ('46045', '流体传动与控制', 'Fluid Power Transmission and Control', '460'),
    ('46050', '机械制造自动化', 'Manufacturing Automation', '460'),
    ('46099', '机械工程其他学科', 'Mechanical Engineering, Other Disciplines', '460');

-- 470 动力与电气工程
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('47010', '工程热物理', 'Engineering Thermophysics', '470'),
    ('47020', '热工学', 'Thermal Engineering', '470'),
    ('47030', '动力机械工程', 'Power Machinery Engineering', '470'),
    ('47035', '制冷与低温工程', 'Refrigeration and Cryogenic Engineering', '470'),
    ('47040', '电气工程', 'Electrical Engineering', '470'),
    ('47099', '动力与电气工程其他学科', 'Power and Electrical Engineering, Other Disciplines', '470');

-- 480 能源科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('48010', '能源化学', 'Energy Chemistry', '480'),
    ('48020', '能源地理学', 'Energy Geography', '480'),
    ('48030', '能源计算与测量', 'Energy Calculation and Measurement', '480'),
    ('48040', '储能技术', 'Energy Storage Technology', '480'),
    ('48050', '节能技术', 'Energy Conservation Technology', '480'),
    ('48060', '一次能源', 'Primary Energy', '480'),
    ('48070', '二次能源', 'Secondary Energy', '480'),
    ('48080', '能源系统工程', 'Energy Systems Engineering', '480'),
    ('48099', '能源科学技术其他学科', 'Energy Science and Technology, Other Disciplines', '480');

-- 490 核科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('49010', '辐射物理与技术', 'Radiation Physics and Technology', '490'),
    ('49015', '核探测技术与核电子学', 'Nuclear Detection Technology and Nuclear Electronics', '490'),
    ('49020', '放射性计量学', 'Radioactivity Metrology', '490'),
    ('49025', '核仪器、仪表', 'Nuclear Instruments and Meters', '490'),
    ('49030', '核材料与工艺技术', 'Nuclear Materials and Process Technology', '490'),
    ('49035', '粒子加速器', 'Particle Accelerators', '490'),
    ('49040', '裂变堆工程技术', 'Fission Reactor Engineering', '490'),
    ('49045', '核聚变工程技术', 'Nuclear Fusion Engineering', '490'),
    ('49050', '核动力工程技术', 'Nuclear Power Engineering', '490'),
    ('49055', '同位素技术', 'Isotope Technology', '490'),
    ('49060', '核爆炸工程', 'Nuclear Explosion Engineering', '490'),
    ('49065', '核安全', 'Nuclear Safety', '490'),
    ('49070', '乏燃料后处理技术', 'Spent Fuel Reprocessing Technology', '490'),
    ('49075', '辐射防护技术', 'Radiation Protection Technology', '490'),
    ('49080', '核设施退役技术', 'Nuclear Facility Decommissioning Technology', '490'),
    ('49085', '放射性三废处理、处置技术', 'Radioactive Waste Treatment and Disposal Technology', '490'),
    ('49099', '核科学技术其他学科', 'Nuclear Science and Technology, Other Disciplines', '490');

-- 510 电子与通信技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('51010', '电子技术', 'Electronic Technology', '510'),
    ('51020', '光电子学与激光技术', 'Optoelectronics and Laser Technology', '510'),
    ('51030', '半导体技术', 'Semiconductor Technology', '510'),
    ('51040', '信息处理技术', 'Information Processing Technology', '510'),
    ('51050', '通信技术', 'Communication Technology', '510'),
    ('51060', '广播与电视工程技术', 'Broadcasting and Television Engineering', '510'),
    ('51070', '雷达工程', 'Radar Engineering', '510'),
    ('51099', '电子与通信技术其他学科', 'Electronics and Communication Technology, Other Disciplines', '510');

-- 520 计算机科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('52010', '计算机科学技术基础学科', 'Foundations of Computer Science and Technology', '520'),
    ('52020', '人工智能', 'Artificial Intelligence', '520'),
    ('52030', '计算机系统结构', 'Computer Architecture', '520'),
    ('52040', '计算机软件', 'Computer Software', '520'),
    ('52050', '计算机工程', 'Computer Engineering', '520'),
    ('52060', '计算机应用', 'Computer Applications', '520'),
    ('52099', '计算机科学技术其他学科', 'Computer Science and Technology, Other Disciplines', '520');

-- 530 化学工程
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('53011', '化学工程基础学科', 'Fundamentals of Chemical Engineering', '530'),
    ('53014', '化工测量技术与仪器仪表', 'Chemical Measurement Technology and Instrumentation', '530'),
    ('53017', '化工传递过程', 'Chemical Transport Processes', '530'),
    ('53021', '化学分离工程', 'Chemical Separation Engineering', '530'),
    ('53024', '化学反应工程', 'Chemical Reaction Engineering', '530'),
    ('53027', '化工系统工程', 'Chemical Process Systems Engineering', '530'),
    ('53031', '化工机械与设备', 'Chemical Machinery and Equipment', '530'),
    ('53034', '无机化学工程', 'Inorganic Chemical Engineering', '530'),
    ('53037', '有机化学工程', 'Organic Chemical Engineering', '530'),
    ('53041', '电化学工程', 'Electrochemical Engineering', '530'),
    ('53044', '高聚物工程', 'Polymer Engineering', '530'),
    ('53047', '煤化学工程', 'Coal Chemical Engineering', '530'),
    ('53051', '石油化学工程', 'Petrochemical Engineering', '530'),
    ('53052', '天然气化学工程', 'Natural Gas Chemical Engineering', '530'),
    ('53054', '精细化学工程', 'Fine Chemical Engineering', '530'),
    ('53057', '造纸技术', 'Papermaking Technology', '530'),
    ('53061', '毛皮与制革工程', 'Fur and Leather Engineering', '530'),
    ('53064', '制药工程', 'Pharmaceutical Engineering', '530'),
    ('53067', '生物化学工程', 'Biochemical Engineering', '530'),
    ('53099', '化学工程其他学科', 'Chemical Engineering, Other Disciplines', '530');

-- 535 产品应用相关工程与技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('53510', '仪器仪表技术', 'Instrumentation Technology', '535'),
    ('53520', '兵器科学与技术', 'Armament Science and Technology', '535'),
    ('53530', '产品应用专用性技术', 'Product-specific Application Technology', '535'),
    ('53599', '产品应用相关工程与技术其他学科', 'Engineering and Technology Related to Product Applications, Other Disciplines', '535');

-- 540 纺织科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('54010', '纺织科学技术基础学科', 'Fundamentals of Textile Science and Technology', '540'),
    ('54020', '纺织材料', 'Textile Materials', '540'),
    ('54030', '纤维制造技术', 'Fibre Manufacturing Technology', '540'),
    ('54040', '纺织技术', 'Textile Technology', '540'),
    ('54050', '染整技术', 'Dyeing and Finishing Technology', '540'),
    ('54060', '服装技术', 'Garment Technology', '540'),
    ('54070', '纺织机械与设备', 'Textile Machinery and Equipment', '540'),
    ('54099', '纺织科学技术其他学科', 'Textile Science and Technology, Other Disciplines', '540');

-- 550 食品科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('55010', '食品科学技术基础学科', 'Fundamentals of Food Science and Technology', '550'),
    ('55020', '食品加工技术', 'Food Processing Technology', '550'),
    ('55030', '食品包装与储藏', 'Food Packaging and Storage', '550'),
    ('55040', '食品机械', 'Food Machinery', '550'),
    ('55050', '食品加工的副产品加工与利用', 'Processing and Utilization of Food By-products', '550'),
    ('55060', '食品工业企业管理学', 'Food Industry Enterprise Management', '550'),
    ('55070', '食品工程与粮油工程', 'Food Engineering and Grain and Oil Engineering', '550'),
    ('55099', '食品科学技术其他学科', 'Food Science and Technology, Other Disciplines', '550');

-- 560 土木建筑工程
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('56010', '建筑史', 'History of Architecture', '560'),
    ('56015', '土木建筑工程基础学科', 'Fundamentals of Civil and Architectural Engineering', '560'),
    ('56020', '土木建筑工程测量', 'Civil Engineering Surveying', '560'),
    ('56025', '建筑材料', 'Building Materials', '560'),
    ('56030', '工程结构', 'Engineering Structures', '560'),
    ('56035', '土木建筑结构', 'Building Structures', '560'),
    ('56040', '土木建筑工程设计', 'Civil and Architectural Engineering Design', '560'),
    ('56045', '土木建筑工程施工', 'Civil and Architectural Engineering Construction', '560'),
    ('56050', '土木工程机械与设备', 'Civil Engineering Machinery and Equipment', '560'),
    ('56055', '市政工程', 'Municipal Engineering', '560'),
    ('56060', '建筑经济学', 'Construction Economics', '560'),
    ('56099', '土木建筑工程其他学科', 'Civil and Architectural Engineering, Other Disciplines', '560');

-- 570 水利工程
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('57010', '水利工程基础学科', 'Fundamentals of Hydraulic Engineering', '570'),
    ('57015', '水利工程测量', 'Hydraulic Engineering Surveying', '570'),
    ('57020', '水工材料', 'Hydraulic Materials', '570'),
    ('57025', '水工结构', 'Hydraulic Structures', '570'),
    ('57030', '水力机械', 'Hydraulic Machinery', '570'),
    ('57035', '水利工程施工', 'Hydraulic Engineering Construction', '570'),
    ('57040', '水处理', 'Water Treatment', '570'),
    ('57045', '河流泥沙工程学', 'River Sediment Engineering', '570'),
    ('57055', '环境水利', 'Environmental Hydraulics', '570'),
    ('57060', '水利管理', 'Water Conservancy Management', '570'),
    ('57065', '防洪工程', 'Flood Control Engineering', '570'),
    ('57070', '水利经济学', 'Water Conservancy Economics', '570'),
    ('57099', '水利工程其他学科', 'Hydraulic Engineering, Other Disciplines', '570');

-- 580 交通运输工程
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('58010', '道路工程', 'Road Engineering', '580'),
    ('58020', '公路运输', 'Highway Transportation', '580'),
    ('58030', '铁路运输', 'Railway Transportation', '580'),
    ('58040', '水路运输', 'Waterway Transportation', '580'),
    ('58050', '船舶、舰船工程', 'Ship and Naval Vessel Engineering', '580'),
    ('58060', '航空运输', 'Air Transportation', '580'),
    ('58070', '交通运输系统工程', 'Transportation Systems Engineering', '580'),
    ('58080', '交通运输安全工程', 'Transportation Safety Engineering', '580'),
    ('58099', '交通运输工程其他学科', 'Transportation Engineering, Other Disciplines', '580');

-- 590 航空、航天科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('59010', '航空、航天科学技术基础学科', 'Fundamentals of Aeronautical and Astronautical Science and Technology', '590'),
    ('59015', '航空器结构与设计', 'Aircraft Structure and Design', '590'),
    ('59020', '航天器结构与设计', 'Spacecraft Structure and Design', '590'),
    ('59025', '航空、航天推进系统', 'Aerospace Propulsion Systems', '590'),
    ('59030', '飞行器仪表、设备', 'Flight Vehicle Instruments and Equipment', '590'),
    ('59035', '飞行器控制、导航技术', 'Flight Vehicle Control and Navigation Technology', '590'),
    ('59040', '航空、航天材料', 'Aerospace Materials', '590'),
    ('59045', '飞行器制造技术', 'Flight Vehicle Manufacturing Technology', '590'),
    ('59050', '飞行器试验技术', 'Flight Vehicle Testing Technology', '590'),
    ('59055', '飞行器发射与回收、飞行技术', 'Flight Vehicle Launch, Recovery and Flight Technology', '590'),
    ('59060', '航空航天地面设施、技术保障', 'Aerospace Ground Facilities and Technical Support', '590'),
    ('59065', '航空、航天系统工程', 'Aerospace Systems Engineering', '590'),
    ('59099', '航空、航天科学技术其他学科', 'Aeronautical and Astronautical Science and Technology, Other Disciplines', '590');

-- 610 环境科学技术及资源科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('61010', '环境科学技术基础学科', 'Fundamentals of Environmental Science and Technology', '610'),
    ('61020', '环境学', 'Environmental Science', '610'),
    ('61030', '环境工程学', 'Environmental Engineering', '610'),
    ('61050', '资源科学技术', 'Resource Science and Technology', '610'),
    ('61099', '环境科学技术及资源科学技术其他学科', 'Environmental and Resource Science and Technology, Other Disciplines', '610');

-- 620 安全科学技术
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('62010', '安全科学技术基础学科', 'Fundamentals of Safety Science and Technology', '620'),
    ('62021', '安全社会科学', 'Safety Social Science', '620'),
    ('62023', '安全物质学', 'Safety Material Science', '620'),
    ('62025', '安全人体学', 'Safety Ergonomics', '620'),
    ('62027', '安全系统学', 'Safety Systems Science', '620'),
    ('62030', '安全工程技术科学', 'Safety Engineering Technology', '620'),
    ('62040', '安全卫生工程技术', 'Safety and Health Engineering Technology', '620'),
    ('62060', '安全社会工程', 'Safety Social Engineering', '620'),
    ('62070', '部门安全工程理论', 'Sectoral Safety Engineering Theory', '620'),
    ('62080', '公共安全', 'Public Safety', '620'),
    ('62099', '安全科学技术其他学科', 'Safety Science and Technology, Other Disciplines', '620');

-- 630 管理学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('63010', '管理思想史', 'History of Management Thought', '630'),
    ('63015', '管理理论', 'Management Theory', '630'),
    ('63025', '管理计量学', 'Quantitative Management', '630'),
    ('63030', '部门经济管理', 'Sectoral Economic Management', '630'),
    ('63032', '区域经济管理', 'Regional Economic Management', '630'),
    ('63035', '科学学与科技管理', 'Science of Science and S&T Management', '630'),
    ('63040', '企业管理', 'Business Management', '630'),
    ('63044', '公共管理', 'Public Administration', '630'),
    ('63050', '管理工程', 'Management Engineering', '630'),
    ('63055', '人力资源开发与管理', 'Human Resource Development and Management', '630'),
    ('63060', '未来学', 'Futures Studies', '630'),
    ('63099', '管理学其他学科', 'Management Science, Other Disciplines', '630');

-- 710 马克思主义
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('71010', '马、恩、列、斯思想研究', 'Studies of the Thought of Marx, Engels, Lenin and Stalin', '710'),
    ('71020', '毛泽东思想研究', 'Studies of Mao Zedong Thought', '710'),
    ('71030', '马克思主义思想史', 'History of Marxist Thought', '710'),
    ('71040', '科学社会主义', 'Scientific Socialism', '710'),
    ('71050', '社会主义运动史', 'History of the Socialist Movement', '710'),
    ('71060', '国外马克思主义研究', 'Studies of Marxism Abroad', '710'),
    ('71099', '马克思主义其他学科', 'Marxism, Other Disciplines', '710');

-- 720 哲学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('72010', '马克思主义哲学', 'Marxist Philosophy', '720'),
    ('72015', '自然辩证法', 'Dialectics of Nature', '720'),
    ('72020', '中国哲学史', 'History of Chinese Philosophy', '720'),
    ('72025', '东方哲学史', 'History of Eastern Philosophy', '720'),
    ('72030', '西方哲学史', 'History of Western Philosophy', '720'),
    ('72035', '现代外国哲学', 'Modern Foreign Philosophy', '720'),
    ('72040', '逻辑学', 'Logic', '720'),
    ('72045', '伦理学', 'Ethics', '720'),
    ('72050', '美学', 'Aesthetics', '720'),
    ('72099', '哲学其他学科', 'Philosophy, Other Disciplines', '720');

-- 730 宗教学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('73011', '宗教学理论', 'Theory of Religious Studies', '730'),
    ('73014', '无神论', 'Atheism', '730'),
    ('73017', '原始宗教', 'Primitive Religion', '730'),
    ('73021', '古代宗教', 'Ancient Religions', '730'),
    ('73024', '佛教', 'Buddhism', '730'),
    ('73027', '基督教', 'Christianity', '730'),
    ('73031', '伊斯兰教', 'Islam', '730'),
    ('73034', '道教', 'Taoism', '730'),
    ('73037', '印度教', 'Hinduism', '730'),
    ('73041', '犹太教', 'Judaism', '730'),
    ('73044', '祆教', 'Zoroastrianism', '730'),
    ('73047', '摩尼教', 'Manichaeism', '730'),
    ('73051', '锡克教', 'Sikhism', '730'),
    ('73054', '耆那教', 'Jainism', '730'),
    ('73057', '神道教', 'Shinto', '730'),
    ('73061', '中国民间宗教与民间信仰', 'Chinese Folk Religion and Folk Beliefs', '730'),
    ('73064', '中国少数民族宗教', 'Religions of China''s Ethnic Minorities', '730'),
    ('73067', '当代宗教', 'Contemporary Religions', '730'),
    ('73099', '宗教学其他学科', 'Religious Studies, Other Disciplines', '730');

-- 740 语言学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('74010', '普通语言学', 'General Linguistics', '740'),
    ('74015', '比较语言学', 'Comparative Linguistics', '740'),
    ('74020', '语言地理学', 'Linguistic Geography', '740'),
    ('74025', '社会语言学', 'Sociolinguistics', '740'),
    ('74030', '心理语言学', 'Psycholinguistics', '740'),
    ('74035', '应用语言学', 'Applied Linguistics', '740'),
    ('74040', '汉语研究', 'Chinese Language Studies', '740'),
    ('74045', '中国少数民族语言文字', 'Languages and Scripts of China''s Ethnic Minorities', '740'),
    ('74050', '外国语言', 'Foreign Languages', '740'),
    ('74099', '语言学其他学科', 'Linguistics, Other Disciplines', '740');

-- 750 文学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('75011', '文学理论', 'Literary Theory', '750'),
    ('75014', '文艺美学', 'Literary Aesthetics', '750'),
    ('75017', '文学批评', 'Literary Criticism', '750'),
    ('75021', '比较文学', 'Comparative Literature', '750'),
    ('75024', '中国古代文学', 'Ancient Chinese Literature', '750'),
    ('75027', '中国近代文学', 'Early Modern Chinese Literature', '750'),
    ('75031', '中国现代文学', 'Modern Chinese Literature', '750'),
    ('75034', '中国各体文学', 'Chinese Literary Genres', '750'),
    ('75037', '中国民间文学', 'Chinese Folk Literature', '750'),
    ('75041', '中国儿童文学', 'Chinese Children''s Literature', '750'),
    ('75044', '中国少数民族文学', 'Literature of China''s Ethnic Minorities', '750'),
    ('75047', '世界文学史', 'History of World Literature', '750'),
    ('75051', '东方文学', 'Oriental Literature', '750'),
    ('75054', '俄国文学', 'Russian Literature', '750'),
    ('75057', '英国文学', 'British Literature', '750'),
    ('75061', '法国文学', 'French Literature', '750'),
    ('75064', '德国文学', 'German Literature', '750'),
    ('75067', '意大利文学', 'Italian Literature', '750'),
    ('75071', '美国文学', 'American Literature', '750'),
    ('75074', '北欧文学', 'Nordic Literature', '750'),
    ('75077', '东欧文学', 'Eastern European Literature', '750'),
    ('75081', '拉美文学', 'Latin American Literature', '750'),
    ('75084', '非洲文学', 'African Literature', '750'),
    ('75087', '大洋洲文学', 'Oceanian Literature', '750'),
    ('75099', '文学其他学科', 'Literature, Other Disciplines', '750');

-- 760 艺术学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('76010', '艺术心理学', 'Psychology of Art', '760'),
    ('76015', '音乐', 'Music', '760'),
    ('76020', '戏剧', 'Drama', '760'),
    ('76025', '戏曲', 'Chinese Opera', '760'),
    ('76030', '舞蹈', 'Dance', '760'),
    ('76035', '电影', 'Film', '760'),
    ('76040', '广播电视文艺', 'Radio and Television Arts', '760'),
    ('76045', '美术', 'Fine Arts', '760'),
    ('76050', '工艺美术', 'Arts and Crafts', '760'),
    ('76055', '书法', 'Calligraphy', '760'),
    ('76060', '摄影', 'Photography', '760'),
    ('76099', '艺术学其他学科', 'Art Studies, Other Disciplines', '760');

-- 770 历史学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('77010', '史学史', 'History of Historiography', '770'),
    ('77015', '史学理论', 'Theory of History', '770'),
    ('77020', '历史文献学', 'Historical Philology', '770'),
    ('77025', '中国通史', 'General History of China', '770'),
    ('77030', '中国古代史', 'Ancient Chinese History', '770'),
    ('77035', '中国近代史、现代史', 'Modern and Contemporary Chinese History', '770'),
    ('77040', '世界通史', 'General World History', '770'),
    ('77045', '亚洲史', 'Asian History', '770'),
    ('77050', '非洲史', 'African History', '770'),
    ('77055', '美洲史', 'History of the Americas', '770'),
    ('77060', '欧洲史', 'European History', '770'),
    ('77065', '澳洲、大洋洲史', 'History of Australia and Oceania', '770'),
    ('77070', '专门史', 'Specialized History', '770'),
    ('77099', '历史学其他学科', 'History, Other Disciplines', '770');

-- 780 考古学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('78010', '考古理论', 'Archaeological Theory', '780'),
    ('78020', '考古学史', 'History of Archaeology', '780'),
    ('78030', '考古技术', 'Archaeological Technology', '780'),
    ('78040', '中国考古', 'Chinese Archaeology', '780'),
    ('78050', '外国考古', 'Foreign Archaeology', '780'),
    ('78060', '专门考古', 'Specialized Archaeology', '780'),
    ('78099', '考古学其他学科', 'Archaeology, Other Disciplines', '780');

-- 790 经济学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('79011', '政治经济学', 'Political Economy', '790'),
    ('79013', '宏观经济学', 'Macroeconomics', '790'),
    ('79015', '微观经济学', 'Microeconomics', '790'),
    ('79017', '比较经济学', 'Comparative Economics', '790'),
    ('79019', '经济地理学', 'Economic Geography', '790'),
    ('79021', '发展经济学', 'Development Economics', '790'),
    ('79023', '生产力经济学', 'Productivity Economics', '790'),
    ('79025', '经济思想史', 'History of Economic Thought', '790'),
    ('79027', '经济史', 'Economic History', '790'),
    ('79029', '世界经济学', 'World Economics', '790'),
    ('79031', '国民经济学', 'National Economics', '790'),
    ('79033', '管理经济学', 'Managerial Economics', '790'),
    ('79035', '数量经济学', 'Quantitative Economics', '790'),
    ('79037', '会计学', 'Accounting', '790'),
    ('79039', '审计学', 'Auditing', '790'),
    ('79041', '技术经济学', 'Technology Economics', '790'),
    ('79043', '生态经济学', 'Ecological Economics', '790'),
    ('79045', '劳动经济学', 'Labour Economics', '790'),
    ('79047', '城市经济学', 'Urban Economics', '790'),
    ('79049', '资源经济学', 'Resource Economics', '790'),
    ('79051', '环境经济学', 'Environmental Economics', '790'),
    ('79052', '可持续发展经济学', 'Sustainable Development Economics', '790'),
    ('79053', '物流经济学', 'Logistics Economics', '790'),
    ('79055', '工业经济学', 'Industrial Economics', '790'),
    ('79057', '农村经济学', 'Rural Economics', '790'),
    ('79059', '农业经济学', 'Agricultural Economics', '790'),
    ('79061', '交通运输经济学', 'Transport Economics', '790'),
    ('79063', '商业经济学', 'Commercial Economics', '790'),
    ('79065', '价格学', 'Price Studies', '790'),
    ('79067', '旅游经济学', 'Tourism Economics', '790'),
    ('79069', '信息经济学', 'Information Economics', '790'),
    ('79071', '财政学', 'Public Finance', '790'),
    ('79073', '金融学', 'Finance', '790'),
    ('79075', '保险学', 'Insurance', '790'),
    ('79077', '国防经济学', 'Defence Economics', '790'),
    ('79099', '经济学其他学科', 'Economics, Other Disciplines', '790');

-- 810 政治学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('81010', '政治学理论', 'Political Theory', '810'),
    ('81020', '政治制度', 'Political Systems', '810'),
    ('81030', '行政学', 'Public Administration Studies', '810'),
    ('81040', '国际政治学', 'International Politics', '810'),
    ('81099', '政治学其他学科', 'Political Science, Other Disciplines', '810');

-- 820 法学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('82010', '理论法学', 'Jurisprudence', '820'),
    ('82020', '法律史学', 'Legal History', '820'),
    ('82030', '部门法学', 'Branches of Law', '820'),
    ('82040', '国际法学', 'International Law', '820'),
    ('82099', '法学其他学科', 'Law, Other Disciplines', '820');

-- 830 军事学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('83010', '军事理论', 'Military Theory', '830'),
    ('83015', '军事史', 'Military History', '830'),
    ('83020', '军事心理学', 'Military Psychology', '830'),
    ('83025', '战略学', 'Military Strategy', '830'),
    ('83030', '战役学', 'Campaign Studies', '830'),
    ('83035', '战术学', 'Tactics', '830'),
    ('83040', '军队指挥学', 'Military Command', '830'),
    ('83045', '军制学', 'Military Organization', '830'),
    ('83050', '军队政治工作学', 'Military Political Work', '830'),
    ('83055', '军事后勤学', 'Military Logistics', '830'),
    ('83060', '军事地学', 'Military Geosciences', '830'),
    ('83065', '军事技术', 'Military Technology', '830'),
    ('83099', '军事学其他学科', 'Military Science, Other Disciplines', '830');

-- 840 社会学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('84011', '社会学史', 'History of Sociology', '840'),
    ('84014', '社会学理论', 'Sociological Theory', '840'),
    ('84017', '社会学方法', 'Sociological Methods', '840'),
    ('84021', '实验社会学', 'Experimental Sociology', '840'),
    ('84024', '数理社会学', 'Mathematical Sociology', '840'),
    ('84027', '应用社会学', 'Applied Sociology', '840'),
    ('84031', '比较社会学', 'Comparative Sociology', '840'),
    ('84034', '社会地理学', 'Social Geography', '840'),
    ('84037', '文化社会学', 'Sociology of Culture', '840'),
    ('84041', '历史社会学', 'Historical Sociology', '840'),
    ('84044', '经济社会学', 'Economic Sociology', '840'),
    ('84047', '军事社会学', 'Military Sociology', '840'),
    ('84054', '公共关系学', 'Public Relations', '840'),
    ('84057', '社会人类学', 'Social Anthropology', '840'),
    ('84061', '组织社会学', 'Organizational Sociology', '840'),
    ('84064', '发展社会学', 'Sociology of Development', '840'),
    ('84067', '福利社会学', 'Welfare Sociology', '840'),
    ('84071', '人口学', 'Demography', '840'),
    ('84074', '劳动科学', 'Labour Science', '840'),
    ('84099', '社会学其他学科', 'Sociology, Other Disciplines', '840');

-- 850 民族学与文化学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('85010', '民族问题理论', 'Theory of Ethnic Issues', '850'),
    ('85020', '民族史学', 'Ethnic History', '850'),
    ('85030', '蒙古学', 'Mongolian Studies', '850'),
    ('85040', '藏学', 'Tibetan Studies', '850'),
    ('85042', '新疆民族研究', 'Xinjiang Ethnic Studies', '850'),
    ('85050', '文化人类学与民俗学', 'Cultural Anthropology and Folklore', '850'),
    ('85060', '世界民族研究', 'World Ethnic Studies', '850'),
    ('85070', '文化学', 'Cultural Studies', '850'),
    ('85099', '民族和文化学其他学科', 'Ethnology and Cultural Studies, Other Disciplines', '850');

-- 860 新闻学与传播学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('86010', '新闻理论', 'Journalism Theory', '860'),
    ('86020', '新闻史', 'History of Journalism', '860'),
    ('86030', '新闻业务', 'Journalism Practice', '860'),
    ('86040', '新闻事业经营管理', 'News Media Management', '860'),
    ('86050', '广播与电视', 'Radio and Television', '860'),
    ('86060', '传播学', 'Communication Studies', '860'),
    ('86099', '新闻学与传播学其他学科', 'Journalism and Communication, Other Disciplines', '860');

-- 870 图书馆、情报与文献学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('87010', '图书馆学', 'Library Science', '870'),
    ('87020', '文献学', 'Documentation Studies', '870'),
    ('87030', '情报学', 'Information Science', '870'),
    ('87040', '档案学', 'Archival Science', '870'),
    ('87050', '博物馆学', 'Museology', '870'),
    ('87099', '图书馆、情报与文献学其他学科', 'Library, Information and Documentation Science, Other Disciplines', '870');

-- 880 教育学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('88011', '教育史', 'History of Education', '880'),
    ('88014', '教育学原理', 'Principles of Education', '880'),
    ('88017', '教学论', 'Didactics', '880'),
    ('88021', '德育原理', 'Principles of Moral Education', '880'),
    ('88024', '教育社会学', 'Sociology of Education', '880'),
    ('88031', '教育经济学', 'Economics of Education', '880'),
    ('88034', '教育管理学', 'Educational Administration', '880'),
    ('88037', '比较教育学', 'Comparative Education', '880'),
    ('88041', '教育技术学', 'Educational Technology', '880'),
    ('88044', '军事教育学', 'Military Education', '880'),
    ('88047', '学前教育学', 'Preschool Education', '880'),
    ('88051', '普通教育学', 'General Education', '880'),
    ('88054', '高等教育学', 'Higher Education', '880'),
    ('88057', '成人教育学', 'Adult Education', '880'),
    ('88061', '职业技术教育学', 'Vocational and Technical Education', '880'),
    ('88064', '特殊教育学', 'Special Education', '880'),
    ('88099', '教育学其他学科', 'Education, Other Disciplines', '880');

-- 890 体育科学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('89010', '体育史', 'History of Sport', '890'),
    ('89015', '体育理论', 'Theory of Physical Education', '890'),
    ('89020', '运动生物力学', 'Sports Biomechanics', '890'),
    ('89025', '运动生理学', 'Exercise Physiology', '890'),
    ('89030', '运动心理学', 'Sport Psychology', '890'),
    ('89035', '运动生物化学', 'Sports Biochemistry', '890'),
    ('89040', '体育保健学', 'Sports Health Care', '890'),
    ('89045', '运动训练学', 'Sports Training', '890'),
    ('89050', '体育教育学', 'Physical Education Pedagogy', '890'),
    ('89055', '武术理论与方法', 'Wushu Theory and Methods', '890'),
    ('89060', '体育管理学', 'Sports Management', '890'),
    ('89065', '体育经济学', 'Sports Economics', '890'),
    ('89099', '体育科学其他学科', 'Sport Science, Other Disciplines', '890');

-- 910 统计学
INSERT INTO discipline (code, name, name_en, parent_code) VALUES
    ('91010', '统计学史', 'History of Statistics', '910'),
    ('91030', '经济统计学', 'Economic Statistics', '910'),
    ('91035', '科学技术统计学', 'Science and Technology Statistics', '910'),
    ('91040', '社会统计学', 'Social Statistics', '910'),
    ('91045', '人口统计学', 'Demographic Statistics', '910'),
    ('91050', '环境与生态统计学', 'Environmental and Ecological Statistics', '910'),
    ('91060', '生物与医学统计学', 'Biological and Medical Statistics', '910'),
    ('91099', '统计学其他学科', 'Statistics, Other Disciplines', '910');
