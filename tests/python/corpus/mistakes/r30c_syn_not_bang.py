# Using ! for logical not.
done = False
if !done:
    print("still working")
