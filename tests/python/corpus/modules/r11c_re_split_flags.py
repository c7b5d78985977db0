import re

print(re.split(r"[,;]\s*", "a, b;c ,d"))
print(re.split(r"([,;])", "a,b;c"))
print(re.split(r"(\d)(\w)?", "x1ay2"))
print(re.split(r"\s+", " leading and trailing "))
print(re.split(r"x*", "axbc"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.findall(r"^\w+", "one two\nthree four\nfive", re.M))
print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"a.b", "a\nb a-b", re.S), re.findall(r"a.b", "a\nb a-b"))
pattern = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(pattern.findall("call 555-1234 or 555 9876 or 5551111"))
print(re.findall(r"(?i)ab", "AB ab Ab"), re.compile("x", re.I | re.M).flags & re.I)
print(re.findall(r"\w+", "naïve café", re.ASCII), re.findall(r"\w+", "naïve café"))
print(repr(re.I), repr(re.I | re.S), re.escape("a.b*c?"))
