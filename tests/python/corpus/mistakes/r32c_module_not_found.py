# A typo in the module name of an import inside a function.
def main():
    import asynco
    print(asynco.run)

print("starting")
main()
