# A number read as text and multiplied: the string is repeated, then divided
print("== typeerror input number times ==")
answer = "12"
print(answer * 2)
print(answer / 2)
