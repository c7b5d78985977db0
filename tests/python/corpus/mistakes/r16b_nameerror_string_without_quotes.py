# A word meant as a string written without quotes
print("== nameerror string without quotes ==")
colour = input_colour = "red"
if colour == red:
    print("stop")
