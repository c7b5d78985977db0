age = 30
try:
    print("Age: " + age)
except TypeError as e:
    print(e)
print("Age: " + str(age), f"Age: {age}")
count = "3"
print(count * 2)
print(count + 2)
