# split and rsplit with sep and maxsplit
line = "  alpha  beta gamma   delta  "
print(line.split())
print(line.split(" "))
print(line.split(None, 1), line.rsplit(None, 1))
print(line.split(maxsplit=2), line.rsplit(maxsplit=2))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.split(",", 0), csv.split(",", -1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "abc".split("abc"))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/", 3), path.rsplit(".", 1)[-1])
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\n\ny\n".splitlines(True))
print("1 2\t3\n4\x0b5\x0c6\u20077\u30008".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
for sep in ["", None]:
    try:
        print("abc".split(sep))
    except ValueError as e:
        print("ValueError:", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
"a b".split(1)
