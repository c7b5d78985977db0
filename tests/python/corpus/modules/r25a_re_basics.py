import re

text = "Order 66 shipped on 2024-03-15 to bob@example.com, 3 items at $4.50"
print(re.match(r"Order (\d+)", text).group(1))
print(re.match(r"shipped", text))
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
print(m.group(), m.groups(), m.span(), m.start(2), m.end())
print(m[0], m[1])
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+)@(\w+)\.com", text))
for m in re.finditer(r"\$(\d+)\.(\d+)", text):
    print("dollars", m.group(1), "cents", m.group(2), m.span())
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.split(r"[,\s]+", "a, b  c,d"))
print(re.split(r"(-)", "1-2-3"))
print(re.split(r"x", "axbxc", maxsplit=1))
print(re.sub(r"\s+", " ", "too   many    spaces"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<d>\d+)", r"<\g<d>>", "a1b22"))
print(re.subn(r"o", "0", "foo boo"))
print(re.escape("1+1=2?"))
print(re.findall(r"a|b", ""), re.search("z", "abc"))
