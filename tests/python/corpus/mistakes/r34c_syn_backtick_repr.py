# Python 2 backticks for repr() from an old answer online
values = [1, 2, 3]
text = `values`
print(text)
print("end")
