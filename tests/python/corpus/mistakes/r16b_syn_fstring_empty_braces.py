# An f-string with empty braces where a name was meant
print("== fstring empty braces ==")

score = 10
print(f"score: {} points")
