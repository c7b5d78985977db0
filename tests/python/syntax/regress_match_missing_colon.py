match command.split()
    case [a]:
        pass
