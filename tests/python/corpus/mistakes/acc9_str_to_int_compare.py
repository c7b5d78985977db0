# An input string compared with a number.
print("start")

answer = "42"
if answer > 40:
    print("big")
