package org.bihuan.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(PersonalDataMask.mask("SMS to 13812341234 sent")).isEqualTo("SMS to 138****1234 sent");
        assertThat(PersonalDataMask.mask("电话:+8613912345678。")).isEqualTo("电话:+86139****5678。");
    }

    @Test
    void anEmailAddressKeepsItsFirstLetterAndTheDomain() {
        assertThat(PersonalDataMask.mask("MAIL to zhangsan@example.com failed"))
                .isEqualTo("MAIL to z***@example.com failed");
        assertThat(PersonalDataMask.mask("<13800000001@qq.com>")).isEqualTo("<1***@qq.com>");
    }

    @Test
    void aCreditCodeOrIdentityNumberKeepsTwoCharactersAtEachEnd() {
        assertThat(PersonalDataMask.mask("enterprise 91330100MA2X7K1L1G filed"))
                .isEqualTo("enterprise 91**************1G filed");
        assertThat(PersonalDataMask.mask("id 33010219800101123X")).isEqualTo("id 33**************3X");
    }

    @Test
    void anEnterpriseNameKeepsItsFirstCharacterAndLegalForm() {
        assertThat(PersonalDataMask.mask("王经理（杭州甲乙科技有限公司）")).isEqualTo("王经理（杭**有限公司）");
        assertThat(PersonalDataMask.mask("联系人：王小明，电话13800000001"))
                .isEqualTo("联系人：王**，电话138****0001");
    }

    @Test
    void caseNumbersIdsTimesAndOrdinaryTextPassUnchanged() {
        String line = "Notification 42 (MAIL) for TS2026-000001 at 2026-03-02T01:00:00Z, task "
                + "3f2a9c1e-0b7d-11f0-9d2a-0242ac120002, attempt 1 of 8, bihuan@localhost";
        assertThat(PersonalDataMask.mask(line)).isEqualTo(line);
        assertThat(PersonalDataMask.mask("市财政局 受理 督办书")).isEqualTo("市财政局 受理 督办书");
        assertThat(PersonalDataMask.mask(null)).isNull();
    }
}
