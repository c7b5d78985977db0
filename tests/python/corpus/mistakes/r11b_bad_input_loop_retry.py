# Reading ages from input until a valid one; stdin runs out.
while True:
    text = input("age? ")
    try:
        age = int(text)
    except ValueError:
        print(f"{text!r} is not a number")
        continue
    if age < 0:
        print("negative!")
        continue
    print("age is", age)
