# tutorial 8.3: loop until a valid number is entered (stdin), then EOF
while True:
    try:
        x = int(input("Please enter a number: "))
        print('got', x)
        break
    except ValueError:
        print("Oops!  That was no valid number.  Try again...")
while True:
    try:
        y = int(input("Another: "))
    except ValueError as e:
        print(e)
