# One closing parenthesis too many
print("== unbalanced closing paren ==")

result = (2 + 3) * 4)
print(result)
