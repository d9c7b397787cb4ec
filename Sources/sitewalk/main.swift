import ProcoreAPI; import SandboxServer; import TerminalUI; print("x")
