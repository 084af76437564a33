package org.tianshan.grants.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.tianshan.grants.kernel.Money;

/**
 * What the applicant promises to achieve (绩效目标): papers, patents, standards, products, income from
 * transferring the results and people trained. Each optional (null: none promised); the contract's KPIs
 * start from them and may never fall below them.
 */
@Embeddable
public class ApplicationTargets {

    @Column(name = "target_papers")
    private Integer papers;
    @Column(name = "target_patents")
    private Integer patents;
    @Column(name = "target_standards")
    private Integer standards;
    @Column(name = "target_products")
    private Integer products;
    @Column(name = "target_transfer_income")
    private Money transferIncome;
    @Column(name = "target_people_trained")
    private Integer peopleTrained;

    protected ApplicationTargets() {
    }

    public ApplicationTargets(Integer papers, Integer patents, Integer standards, Integer products, Money transferIncome,
                              Integer peopleTrained) {
        this.papers = papers;
        this.patents = patents;
        this.standards = standards;
        this.products = products;
        this.transferIncome = transferIncome;
        this.peopleTrained = peopleTrained;
    }

    /** True when nothing is promised (JPA then loads the embeddable as null anyway). */
    public boolean isEmpty() {
        return papers == null && patents == null && standards == null && products == null && transferIncome == null
                && peopleTrained == null;
    }

    public Integer papers() { return papers; }
    public Integer patents() { return patents; }
    public Integer standards() { return standards; }
    public Integer products() { return products; }
    public Money transferIncome() { return transferIncome; }
    public Integer peopleTrained() { return peopleTrained; }
}
