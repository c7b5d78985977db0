# str.isdigit used without calling it: always true, then int() fails
print("== isdigit not called ==")
for text in ["42", "x"]:
    if text.isdigit:
        print(int(text) + 1)
