# An unescaped $ matches nothing, then re.search's None used as a match
import re
text = "Price: $5.99"
print(re.findall("$\d+\.\d+", text))
print(re.findall(r"\$\d+\.\d+", text))
m = re.search(r"(\d+)", "none here")
print(m.group(0))
