# r24c_missing_colon_def: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
# (its lines below as the learner wrote them)
async def main()
    print("hi")
