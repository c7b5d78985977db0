samples = ["123", "١٢٣", "½", "²", "Ⅻ", "3.5", "-1", "", " ", "abc", "abc1", "_x", "x y", "class", "ñ", "\t\n", "0x1F", "٣"]
print(f"{'s':>8} dig num dec alp aln idf spc prt asc")
for s in samples:
    flags = [s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isidentifier(), s.isspace(), s.isprintable(), s.isascii()]
    print(f"{s!r:>8} " + " ".join(" Y " if f else " . " for f in flags))
print(int("١٢٣"), float("٣.٥"), int(" 42 "), int("1_000"))
try:
    int("½")
except ValueError as e:
    print("ValueError:", e)
import keyword
print(keyword.iskeyword("class"), "class".isidentifier(), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
