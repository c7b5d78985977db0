# One closing parenthesis too many
result = (2 + 3) * 4)
print(result)
