# a menu loop reading choices until the user quits; the input ends without "q"
tasks = []
while True:
    choice = input("[a]dd, [l]ist, [q]uit: ").strip()
    if choice == "a":
        tasks.append(input("task name: "))
    elif choice == "l":
        print(tasks)
    elif choice == "q":
        break
    else:
        print("unknown choice", repr(choice))
