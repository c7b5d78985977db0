# raw_input from Python 2
name = raw_input("name: ")
print(name)
