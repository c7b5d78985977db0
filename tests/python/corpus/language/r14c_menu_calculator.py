# A text-menu calculator reading its choices with input() until the user quits.
def menu():
    print("1) add  2) subtract  3) multiply  4) divide  q) quit")
    return input("choice: ").strip()

while True:
    choice = menu()
    if choice == "q":
        print("bye")
        break
    if choice not in "1234" or not choice:
        print("unknown choice", repr(choice))
        continue
    try:
        a = float(input("a: "))
        b = float(input("b: "))
    except ValueError as e:
        print("bad number:", e)
        continue
    ops = {"1": a + b, "2": a - b, "3": a * b}
    if choice == "4":
        print("result:", a / b if b else "cannot divide by zero")
    else:
        print("result:", ops[choice])
