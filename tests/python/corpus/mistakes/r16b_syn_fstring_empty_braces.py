# An f-string with empty braces where a name was meant
score = 10
print(f"score: {} points")
