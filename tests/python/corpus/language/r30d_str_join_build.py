# Building strings: join vs +=, str * n, multi-line strings, implicit concatenation, repr
rows = []
for i in range(1, 4):
    rows.append(" | ".join(f"{i * j:3}" for j in range(1, 6)))
print("\n".join(rows))
s = ""
for word in ["async", "await", "loop"]:
    s += word.capitalize() + " "
print(repr(s), repr(s.rstrip()))
banner = "=" * 20
print(banner, "\n" + "hi".center(20) + "\n", banner, sep="")
msg = ("implicit "
       "concatenation "
       'mixes quotes')
print(msg, len(msg))
doc = """first line
    indented "quoted"
last\
 joined"""
print(doc)
print(r"raw \n string", "a" "b" "c", "tab:\t|", "\101\x42\u0043")
print(f"{'nested {braces}'} {{doubled}} {'{'}")
print(", ".join([1, 2, 3]))
