package org.bihuan.supervision.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgingBucketsTest {

    private final AgingBuckets buckets = new AgingBuckets(List.of(5, 10, 20));

    @Test
    void theBoundsMakeFourBucketsWithReadableRanges() {
        assertThat(buckets.buckets()).extracting(AgingBuckets.Bucket::key)
                .containsExactly("overdue1to5", "overdue6to10", "overdue11to20", "overdueOver20");
        assertThat(buckets.buckets()).extracting(AgingBuckets.Bucket::range)
                .containsExactly("1–5", "6–10", "11–20", ">20");
        assertThat(buckets.labels()).as("as the overdue list shows and filters them").containsExactly("1-5", "6-10", "11-20", ">20");
    }

    @Test
    void eachBoundBelongsToTheBucketItCloses() {
        assertThat(buckets.indexOf(1)).isZero();
        assertThat(buckets.indexOf(5)).isZero();
        assertThat(buckets.indexOf(6)).isEqualTo(1);
        assertThat(buckets.indexOf(10)).isEqualTo(1);
        assertThat(buckets.indexOf(11)).isEqualTo(2);
        assertThat(buckets.indexOf(20)).isEqualTo(2);
        assertThat(buckets.indexOf(21)).isEqualTo(3);
        assertThat(buckets.indexOf(400)).isEqualTo(3);
    }

    @Test
    void otherBoundsGiveOtherBuckets() {
        AgingBuckets weekly = new AgingBuckets(List.of(1, 5));

        assertThat(weekly.buckets()).extracting(AgingBuckets.Bucket::range).containsExactly("1", "2–5", ">5");
        assertThat(weekly.indexOf(2)).isEqualTo(1);
        assertThat(weekly.of(2).label()).isEqualTo("2-5");
    }
}
