# A method chain over several lines where one step returns None
import re

text = "order 66 shipped"
number = (
    re.search(r"order (\d+)", text)
    .group(1)
)
print("order", number)
code = (
    re.search(r"code (\d+)", text)
    .group(1)
)
print(code)
