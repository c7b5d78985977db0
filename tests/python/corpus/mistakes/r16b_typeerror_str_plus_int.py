# Joining text and a number with +
print("== typeerror str plus int ==")
age = 36
message = "You are " + age + " years old"
print(message)
