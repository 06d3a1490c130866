import Report
import Testing

@Suite struct TextTableTests {
    @Test func padsColumnsToTheWidestCellWithoutTrailingSpaces() {
        var table = TextTable(header: ["NAME", "N"], alignments: [.left, .right])
        table.append(["pc-q35-10.0", "14"])
        table.append(["virt-9.2", "3"])
        #expect(
            table.render() == """
                NAME          N
                pc-q35-10.0  14
                virt-9.2      3

                """)
    }

    @Test func padsShortRows() {
        var table = TextTable(header: ["A", "B", "C"])
        table.append(["x"])
        #expect(table.rows == [["x", "", ""]])
        #expect(table.render() == "A  B  C\nx\n")
    }
}
