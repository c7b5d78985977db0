# A case without its colon.
status = 404
match status:
    case 200
        print("ok")
    case _:
        print("other")
