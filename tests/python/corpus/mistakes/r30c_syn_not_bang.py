# Using ! for logical not.
# (kept short on purpose: the mistake is the point)
done = False
if !done:
    print("still working")
