# raw_input from Python 2
print("== raw input python2 ==")

name = raw_input("name: ")
print(name)
