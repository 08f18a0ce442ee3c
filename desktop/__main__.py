from desktop import run

run()
