# str methods chained on the result of list.sort() and of print().
words = ["pear", "fig", "apple"]
result = words.sort()
print("sorted in place:", words)
try:
    print(result.upper())
except AttributeError as e:
    print("AttributeError:", e)
line = print("hello")
try:
    line.strip()
except AttributeError as e:
    print("AttributeError:", e)
text = "a,b,c"
parts = text.split(",").reverse()
print(parts.join("-"))
