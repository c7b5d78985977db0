# Python 2's backticks for repr.
print("start")

n = 5
text = `n`
print(text)
