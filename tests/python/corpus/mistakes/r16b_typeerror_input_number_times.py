# A number read as text and multiplied: the string is repeated, then divided
answer = "12"
print(answer * 2)
print(answer / 2)
