package org.tianshan.grants.review.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.review.boundary.ReviewView;
import org.tianshan.grants.review.boundary.Reviews;

import java.io.Serializable;

/** /expert/reviews.xhtml (评审任务): the signed-in expert's own review tasks, by deadline, a page at a time. */
@Named("expertReviews")
@ViewScoped
public class ExpertReviewsScreen implements Serializable {

    @Inject
    Reviews reviews;

    private BoundaryPages<ReviewView> list;

    public BoundaryPages<ReviewView> getList() {
        if (list == null) {
            Reviews boundary = reviews;
            list = new BoundaryPages<>(boundary::mine);
        }
        return list;
    }
}
