line = "key=value=more"
print(line.partition("="), line.rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/", 2), path.rsplit("/", maxsplit=2))
print("a,b,,c,".split(","), "a b  c ".split(), "  a b  ".split(None, 1))
print("a b  c ".rsplit(None, 1), "".split(","), "".split())
print("1\n2\r\n3\r4\n".splitlines(), "1\n2\n".splitlines(keepends=True))
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("no newline".splitlines(), "".splitlines(), "\n".splitlines())
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "12345\t|".expandtabs(3))
print("line1\n\tx".expandtabs(2))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
host, _, port = "localhost:8080".partition(":")
print(host, int(port))
print("one two three".split(maxsplit=1), "a-b-c".split("-", 0))
