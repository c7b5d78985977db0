import re

text = "Hello, World 42"
print(re.findall(r"[[:alpha:]]+", text))
print(re.findall(r"[a-zA-Z]+", text))
pattern = re.compile(r"world", "i")
print(pattern.search(text))
