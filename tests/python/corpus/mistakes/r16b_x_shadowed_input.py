# input shadowed by a variable, then called again
import sys
input = "ada"
print("name:", input)
age = input("age? ")
