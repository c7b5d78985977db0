# A bare raise outside of any except block.
def validate(x):
    if x < 0:
        print("negative!")
        raise
    return x

print(validate(1))
validate(-1)
