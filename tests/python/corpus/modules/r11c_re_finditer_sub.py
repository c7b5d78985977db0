import re

text = "Prices: apple $1.20, pear $0.85, melon $3.00 and a $10 note"
for m in re.finditer(r"\$(\d+(?:\.\d\d)?)", text):
    print(m.start(), m.group(), float(m.group(1)))
print(re.findall(r"(\w+) \$([\d.]+)", text))
def double(m):
    return f"${float(m.group(1)) * 2:.2f}"
print(re.sub(r"\$(\d+(?:\.\d\d)?)", double, text))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@site.com or bob@corp.com"))
print(re.sub(r"(?P<word>\b\w)", lambda m: m["word"].upper(), "hello big world"))
print(re.subn(r"\s+", " ", "a   b \t c\n\nd"))
print(re.sub(r"a", "-", "banana", count=2))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<!^)(?=[A-Z][a-z])", "_", camel).lower())
print(re.sub(r"\d", lambda m: str(9 - int(m.group())), "phone 0123-456"))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1b22"))
