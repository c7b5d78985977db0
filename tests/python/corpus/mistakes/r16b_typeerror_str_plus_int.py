# Joining text and a number with +
age = 36
message = "You are " + age + " years old"
print(message)
