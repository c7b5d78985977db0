import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", html))
print(re.findall(r"<.*?>", html))
print(re.findall(r"<(\w+)>(.*?)</\1>", html))
print(re.sub(r"<[^>]+>", "", html))
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45"))
print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing while bring"))
print(re.search(r"(?i)HELLO", "say hello").group())
print(re.findall(r"[aeiou]{2,}", "beautiful queue"))
print(re.findall(r"^\s*#.*$", "x=1\n  # comment\ny=2 # not", re.M))
print(re.split(r"\W+", "Hello, world! How's it?"))
print(re.findall(r"\d+(?:\.\d+)?", "1 2.5 3.75 x.5"))
print(re.match(r"(a)|(b)", "b").groups())
