package org.nianbao.form;

import java.util.List;

/**
 * A column of a {@link RowType#MATRIX} row, such as 自然人 of 申请人情况, or 结果维持 under 行政复议.
 *
 * @param groups the headings it sits under, outermost first (法人或其他组织; 行政诉讼, 复议后起诉); may be empty
 */
public record MatrixColumn(String id, String label, List<String> groups) {
    public MatrixColumn {
        groups = List.copyOf(groups);
    }

    /** How messages name it: 法人或其他组织/商业企业. */
    public String labelPath() {
        return groups.isEmpty() ? label : String.join("/", groups) + "/" + label;
    }
}
