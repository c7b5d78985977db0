# isdigit vs isnumeric vs isdecimal vs isalpha and friends
samples = ["123", "12.5", "-5", "", " ", "²", "½", "٣", "Ⅻ", "一", "abc", "ab1", "Ünïcödé",
           "abc ", "\t\n", "_", "0x1F", "١٢٣", "⑦", "𝟗"]
print(f"{'s':>10} dig  num  dec  alp  aln  spc  ascii")
for s in samples:
    flags = [s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isspace(), s.isascii()]
    print(f"{s!r:>10} " + "  ".join("T" if f else "." for f in flags).replace(".", ".  ").replace("T", "T  ")[:30])
print("abc".isidentifier(), "2abc".isidentifier(), "_x".isidentifier(), "class".isidentifier(), "ñ".isidentifier())
print("Hello\x00".isprintable(), "tab\t".isprintable(), "".isprintable(), "é".isprintable())
for s in ["٣", "²", "½", "Ⅻ"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
