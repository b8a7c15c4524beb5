# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_moks_global_optspecs
    string join \n e/edgerc= s/section= account-key= json full wide v/verbose dry-run timeout= max-response-size= ca-cert= sandbox sandbox-state= color= q/quiet h/help V/version
end

function __fish_moks_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_moks_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_moks_using_subcommand
    set -l cmd (__fish_moks_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c moks -n "__fish_moks_needs_command" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_needs_command" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_needs_command" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_needs_command" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_needs_command" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_needs_command" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_needs_command" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_needs_command" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_needs_command" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_needs_command" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_needs_command" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_needs_command" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_needs_command" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_needs_command" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_needs_command" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_needs_command" -s V -l version -d 'Print version'
complete -c moks -n "__fish_moks_needs_command" -f -a "completions" -d 'Print the shell completion script for moks'
complete -c moks -n "__fish_moks_needs_command" -f -a "api" -d 'Send a signed request to the API host and print the answer (no cmdlet; like gh api)'
complete -c moks -n "__fish_moks_needs_command" -f -a "complete-version" -d 'Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_needs_command" -f -a "config" -d 'Check the configuration moks uses'
complete -c moks -n "__fish_moks_needs_command" -f -a "expiring" -d 'List the certificates in use that expire soon; exit 8 when there is one (no cmdlet)'
complete -c moks -n "__fish_moks_needs_command" -f -a "get-ca-cert" -d 'List the account CA certificates (Get-MOKSCACert)'
complete -c moks -n "__fish_moks_needs_command" -f -a "get-client-cert" -d 'List client certificates, or show one (Get-MOKSClientCert)'
complete -c moks -n "__fish_moks_needs_command" -f -a "get-client-cert-version" -d 'List the versions of a client certificate (Get-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_needs_command" -f -a "get-csr" -d 'Write the CSR of a THIRD_PARTY version as PEM, to be signed by your CA (no cmdlet)'
complete -c moks -n "__fish_moks_needs_command" -f -a "get-version-guid" -d 'Print the versionGuid a Property Manager rule tree takes, and only it (no cmdlet)'
complete -c moks -n "__fish_moks_needs_command" -f -a "remove-version" -d 'Delete a version of a client certificate (Remove-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_needs_command" -f -a "rotate" -d 'Create a new version of a client certificate (New-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_needs_command" -f -a "set-client-cert" -d 'Rename a client certificate or change its e-mails (Set-MOKSClientCert)'
complete -c moks -n "__fish_moks_needs_command" -f -a "wait" -d 'Wait until a version of a client certificate is DEPLOYED, then show it (no cmdlet)'
complete -c moks -n "__fish_moks_needs_command" -f -a "sandbox" -d 'Run or reset the built-in MOKS sandbox'
complete -c moks -n "__fish_moks_needs_command" -f -a "new-client-cert" -d 'Create a client certificate (New-MOKSClientCert)'
complete -c moks -n "__fish_moks_needs_command" -f -a "truststore" -d 'Manage Edge Truststore CA sets: the CAs Akamai uses to verify client certificates (no cmdlet)'
complete -c moks -n "__fish_moks_needs_command" -f -a "man" -d 'Print the manual page of moks, or of one of its commands'
complete -c moks -n "__fish_moks_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand completions" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand completions" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand api" -l body -d 'The request body as JSON: a literal, a FILE, or - for standard input' -r -F
complete -c moks -n "__fish_moks_using_subcommand api" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand api" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand api" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand api" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand api" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand api" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand api" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand api" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand api" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand api" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand api" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand api" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand api" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand api" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand api" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l version -d 'The version: a number, latest, deployed, current or previous (default: the one AWAITING_SIGNED_CERTIFICATE)' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l certificate-file -d 'The signed certificate (PEM, or DER converted to PEM)' -r -F
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l trust-chain-file -d 'The chain of CA certificates that signed it (PEM)' -r -F
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l body -d 'The request body as JSON ({"certificate": …, "trustChain": …}): a literal, a FILE, or -' -r -F
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 30m]' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l interval -d 'With --wait: the longest pause between two checks [default: 30s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand complete-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l acknowledge-all-warnings -d 'Upload even if the certificate raises validation warnings'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l skip-local-checks -d 'Upload without the local checks (key and CN against the version\'s CSR, validity dates, chain order); a private key, under any label, is refused all the same'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l wait -d 'Then wait until the version is DEPLOYED (as `moks wait` does)'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand complete-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand config; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand config; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Show the .edgerc file, section and host in use, and prove them with one call per API'
complete -c moks -n "__fish_moks_using_subcommand config; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Show the .edgerc file, section and host in use, and prove them with one call per API'
complete -c moks -n "__fish_moks_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand expiring" -l within -d 'The window: a certificate in use that expires within it (or has expired) makes the exit code 8. A number and a unit: s, m, h, d or w (e.g. 30d, 12h, 2w)' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -l source -d 'Only these (comma-separated): moks, truststore [default: both; moks with --signer]' -r -f -a "moks\t'MOKS: the versions of the client certificates'
truststore\t'The Edge Truststore: the CA certificates of the CA sets\' active versions'"
complete -c moks -n "__fish_moks_using_subcommand expiring" -l name -d 'Only the client certificate or CA set of this name (exact, else case-insensitive)' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -l signer -d 'Only the client certificates of this signer: AKAMAI or THIRD_PARTY (MOKS only)' -r -f -a "AKAMAI\t''
THIRD_PARTY\t''"
complete -c moks -n "__fish_moks_using_subcommand expiring" -l concurrency -d 'How many certificates\' versions or CA sets\' versions are fetched at once (1 to 64)' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -l max-rps -d 'At most this many requests a second, retries included (the APIs allow 300 a minute per account: 5 a second)' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand expiring" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand expiring" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand expiring" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand expiring" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand expiring" -l all -d 'List every certificate, not only those inside the window (the exit code is the same)'
complete -c moks -n "__fish_moks_using_subcommand expiring" -l no-fail -d 'Report only: exit 0 whatever expires (the gate\'s message is then a warning)'
complete -c moks -n "__fish_moks_using_subcommand expiring" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand expiring" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand expiring" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand expiring" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand expiring" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand expiring" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand expiring" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand expiring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l status -d 'Only these statuses (comma-separated or repeated; case-insensitive)' -r -f -a "QUALIFYING\t''
CURRENT\t''
PREVIOUS\t''
EXPIRED\t''"
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand get-ca-cert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l id -l certificate-id -d 'Show the certificate with this id' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l name -l certificate-name -d 'Show the certificate with this name (exact, else a unique case-insensitive match)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l version -d 'Only this version: a number, latest, deployed, current or previous' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l include-associated-properties -d 'Also list the properties that use each version'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand get-client-cert-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l version -d 'The version: a number, latest, deployed, current or previous (default: the one AWAITING_SIGNED_CERTIFICATE)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l out -d 'Write the PEM to FILE instead of standard output (a new file, unless --force)' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-csr" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-csr" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l force -d 'With --out: replace FILE when it exists (a symbolic link there is replaced, not followed)'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand get-csr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l version -d 'The version: current, previous, latest, deployed or a number' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l behavior -d 'Print the rule tree\'s mtlsOriginKeystore behavior holding the GUID'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand get-version-guid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l version -d 'The version: a number, latest, deployed, current or previous' -r -f
complete -c moks -n "__fish_moks_using_subcommand remove-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand remove-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand remove-version" -s y -l yes -d 'Delete without asking (required when there is no terminal to ask on, but not with --dry-run)'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l force -d 'Delete even a version properties use, or the last one (which deletes the certificate)'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand remove-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand rotate" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 30m]' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -l interval -d 'With --wait: the longest pause between two checks [default: 30s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand rotate" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand rotate" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand rotate" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand rotate" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand rotate" -l force -d 'Rotate even while a version awaits its signed certificate (making another one)'
complete -c moks -n "__fish_moks_using_subcommand rotate" -l wait -d 'Then wait until the version is DEPLOYED (as `moks wait` does)'
complete -c moks -n "__fish_moks_using_subcommand rotate" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand rotate" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand rotate" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand rotate" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand rotate" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand rotate" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand rotate" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l new-name -d 'The new name (1-64 characters)' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l notification-emails -d 'The full new list of e-mail addresses (repeatable and comma-separated)' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l body -d 'The request body as JSON: a literal, a FILE, or - for standard input' -r -F
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand set-client-cert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand wait" -l id -l certificate-id -d 'The client certificate\'s id (certificateId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l name -l certificate-name -d 'The client certificate\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l version -d 'The version: a number, latest, deployed, current or previous' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l wait-timeout -d 'The longest wait (exit 7 after it): 30s, 10m, 1h…' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l interval -d 'The longest pause between two checks (the first ones come sooner)' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand wait" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand wait" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand wait" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand wait" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand wait" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand wait" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand wait" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand wait" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand wait" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand wait" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand wait" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve the MOKS and Edge Truststore emulator until Ctrl-C; prints an .edgerc section for it'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Delete the state that --sandbox keeps between commands (the next use starts over)'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on (port 0 picks a free port); a non-loopback address is warned about: the sandbox\'s test credentials are then reachable from the network' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'Keep state in this file (shared safely with other moks processes); default: in memory' -r -F
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l edgerc-out -d 'Write the .edgerc section to this file (mode 0600, replaced whole) instead of stdout' -r -F
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l deploy-delay -d 'How long a version stays DEPLOYMENT_PENDING' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-limit -d 'Requests per minute per account, and per credential across accounts, before 429 (0 = unlimited)' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Delay added to every answer' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-rate -d 'Share of requests answered 503, for testing clients (0 to 1)' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l delete-pending -d 'How long a deleted deployed version stays DELETE_PENDING (the API: up to 24 hours)' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l akamai-lifetime -d 'Lifetime of an Akamai-signed version; when it expires the sandbox rotates it' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-rotation -d 'Move the account CA through QUALIFYING, CURRENT and PREVIOUS with this period (default: it stays CURRENT)' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l truststore-delay -d 'How long an Edge Truststore activation, deactivation or CA set deletion stays IN_PROGRESS' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l truststore-fail -d 'Edge Truststore requests to fail, per network: NETWORK:WHAT[,…], NETWORK staging or production, WHAT activate, deactivate, delete or just-completed [default: none, or MOKS_SANDBOX_TRUSTSTORE_FAIL]' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Example client certificates to create when the state is new (and, for N ≥ 1, up to 3 example CA sets)' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l tls -d 'Serve HTTPS with a self-signed certificate for 127.0.0.1/localhost (its file, private to you and removed on exit, is named on start)'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the MOKS and Edge Truststore emulator until Ctrl-C; prints an .edgerc section for it'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete the state that --sandbox keeps between commands (the next use starts over)'
complete -c moks -n "__fish_moks_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l name -l certificate-name -d 'The certificate\'s name, unique in the account (1-64 characters)' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l contract-id -d 'Contract id (a ctr_ prefix is stripped)' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l group-id -d 'Group id (a grp_ prefix is stripped)' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l geography -d 'Where the certificate is deployed [default: CORE]' -r -f -a "CORE\t''
RUSSIA_AND_CORE\t''
CHINA_AND_CORE\t''"
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l secure-network -d 'STANDARD_TLS, or ENHANCED_TLS for the PCI-compliant network' -r -f -a "STANDARD_TLS\t''
ENHANCED_TLS\t''"
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l signer -d 'Who signs it: AKAMAI (the account CA) or THIRD_PARTY (your CA, from the CSR)' -r -f -a "AKAMAI\t''
THIRD_PARTY\t''"
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l notification-emails -d 'Addresses told about expiry and rotation (repeatable and comma-separated)' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l key-algorithm -d 'RSA or ECDSA; left out, the server picks RSA' -r -f -a "RSA\t''
ECDSA\t''"
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l preferred-ca -d 'Common name of the account CA that signs it (AKAMAI only; see get-ca-cert)' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l subject -d 'Custom subject in the /C=US/O=Org/CN=name/ form (CN of 1-64 characters required)' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l body -d 'The request body as JSON: a literal, a FILE, or - for standard input' -r -F
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 30m]' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l interval -d 'With --wait: the longest pause between two checks [default: 30s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l wait -d 'Then wait until the version is DEPLOYED (as `moks wait` does)'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand new-client-cert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "copy-ca-set" -d 'Create a CA set from a version of another (Copy-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "clone" -d 'Create a CA set from a version of another (Copy-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "copy-ca-set-version" -d 'Copy a version into a new one, to edit it (Copy-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "clone-version" -d 'Copy a version into a new one, to edit it (Copy-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get-ca-set" -d 'List CA sets, or show one (Get-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "list" -d 'List CA sets, or show one (Get-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get" -d 'List CA sets, or show one (Get-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get-ca-set-activation" -d 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "activations" -d 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get-ca-set-activities" -d 'Show the activities of a CA set, newest first (Get-METSCASetActivities)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "activities" -d 'Show the activities of a CA set, newest first (Get-METSCASetActivities)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get-ca-set-association" -d 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "associations" -d 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get-ca-set-version" -d 'List the versions of a CA set, or show one with its certificates (Get-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "versions" -d 'List the versions of a CA set, or show one with its certificates (Get-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get-ca-set-version-certificate" -d 'List the certificates of a version, by expiry (Get-METSCASetVersionCertificate)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "certs" -d 'List the certificates of a version, by expiry (Get-METSCASetVersionCertificate)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "certificates" -d 'List the certificates of a version, by expiry (Get-METSCASetVersionCertificate)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "get-removal" -d 'Show the status of a CA set\'s deletion, per network (Get-METSRemoval)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "delete-status" -d 'Show the status of a CA set\'s deletion, per network (Get-METSRemoval)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "new-ca-set" -d 'Create a CA set, empty until a version is added (New-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "create" -d 'Create a CA set, empty until a version is added (New-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "new-ca-set-activation" -d 'Activate a version of a CA set on staging or production (New-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "activate" -d 'Activate a version of a CA set on staging or production (New-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "deploy" -d 'Activate a version of a CA set on staging or production (New-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "new-ca-set-deactivation" -d 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "deactivate" -d 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "disable" -d 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "new-ca-set-version" -d 'Create a version of a CA set from CA certificates (New-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "create-version" -d 'Create a version of a CA set from CA certificates (New-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "remove-ca-set" -d 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "delete" -d 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "remove-ca-set-version" -d 'Mark a version of a CA set for deletion (Remove-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "delete-version" -d 'Mark a version of a CA set for deletion (Remove-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "set-ca-set-version" -d 'Replace the certificates of a version never activated (Set-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "update-version" -d 'Replace the certificates of a version never activated (Set-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "test-ca-set-version" -d 'Check CA certificates without storing them (Test-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "validate" -d 'Check CA certificates without storing them (Test-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and not __fish_seen_subcommand_from copy-ca-set clone copy-ca-set-version clone-version get-ca-set list get get-ca-set-activation activations get-ca-set-activities activities get-ca-set-association associations get-ca-set-version versions get-ca-set-version-certificate certs certificates get-removal delete-status new-ca-set create new-ca-set-activation activate deploy new-ca-set-deactivation deactivate disable new-ca-set-version create-version remove-ca-set delete remove-ca-set-version delete-version set-ca-set-version update-version test-ca-set-version validate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l new-name -l new-ca-set-name -d 'The new set\'s name: 3-64 of a-z A-Z 0-9 . _ - %, no \'...\'; unique among the sets not deleted' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l description -d 'The new set\'s description, 1-255 characters' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l from-version -l clone-from-version -d 'The source\'s version to copy (cloneFromVersion) [default: its latest]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l new-name -l new-ca-set-name -d 'The new set\'s name: 3-64 of a-z A-Z 0-9 . _ - %, no \'...\'; unique among the sets not deleted' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l description -d 'The new set\'s description, 1-255 characters' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l from-version -l clone-from-version -d 'The source\'s version to copy (cloneFromVersion) [default: its latest]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l version -d 'The version to copy' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from copy-ca-set-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l version -d 'The version to copy' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from clone-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one (deleted sets included)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l prefix -d 'Only sets whose name starts with this (caSetNamePrefix)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l activated-on -d 'Only sets with a version active there: staging, production, inactive, staging+production (on both) or staging,production (on either)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l status -d 'Only these statuses (comma-separated): NOT_DELETED, DELETING, DELETED [default: the API\'s, NOT_DELETED]' -r -f -a "NOT_DELETED\t''
DELETING\t''
DELETED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one (deleted sets included)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l prefix -d 'Only sets whose name starts with this (caSetNamePrefix)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l activated-on -d 'Only sets with a version active there: staging, production, inactive, staging+production (on both) or staging,production (on either)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses (comma-separated): NOT_DELETED, DELETING, DELETED [default: the API\'s, NOT_DELETED]' -r -f -a "NOT_DELETED\t''
DELETING\t''
DELETED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one (deleted sets included)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l prefix -d 'Only sets whose name starts with this (caSetNamePrefix)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l activated-on -d 'Only sets with a version active there: staging, production, inactive, staging+production (on both) or staging,production (on either)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l status -d 'Only these statuses (comma-separated): NOT_DELETED, DELETING, DELETED [default: the API\'s, NOT_DELETED]' -r -f -a "NOT_DELETED\t''
DELETING\t''
DELETED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l version -d 'Only the requests of this version' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l activation-id -d 'This request only (activationId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l network -d 'Only the requests on this network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l status -d 'Only the requests in these statuses (comma-separated): IN_PROGRESS, COMPLETE, FAILED' -r -f -a "IN_PROGRESS\t''
COMPLETE\t''
FAILED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l type -d 'Only the requests of these types (comma-separated): ACTIVATE, DEACTIVATE, DELETE' -r -f -a "ACTIVATE\t''
DEACTIVATE\t''
DELETE\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l version -d 'Only the requests of this version' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l activation-id -d 'This request only (activationId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l network -d 'Only the requests on this network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l status -d 'Only the requests in these statuses (comma-separated): IN_PROGRESS, COMPLETE, FAILED' -r -f -a "IN_PROGRESS\t''
COMPLETE\t''
FAILED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l type -d 'Only the requests of these types (comma-separated): ACTIVATE, DEACTIVATE, DELETE' -r -f -a "ACTIVATE\t''
DEACTIVATE\t''
DELETE\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l start -d 'Only activities at or after this: RFC 3339 (2025-04-01T12:00:00Z) or a date (2025-04-01)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l end -d 'Only activities at or before this: RFC 3339, or a date (up to the end of that day)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-activities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l start -d 'Only activities at or after this: RFC 3339 (2025-04-01T12:00:00Z) or a date (2025-04-01)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l end -d 'Only activities at or before this: RFC 3339, or a date (up to the end of that day)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l type -l association-type -d 'Only this kind: enrollments or properties (associationType) [default: both]' -r -f -a "enrollments\t''
properties\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-association" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l type -l association-type -d 'Only this kind: enrollments or properties (associationType) [default: both]' -r -f -a "enrollments\t''
properties\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from associations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l version -d 'One version, with its certificates' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l status -d 'Only these statuses (comma-separated): NOT_DELETED, DELETED [default: the API\'s, NOT_DELETED]' -r -f -a "NOT_DELETED\t''
DELETED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l include-certificates -d 'List the versions with their certificates (includeCertificates)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l active-only -d 'Only versions active on staging or production (activeVersionsOnly)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l version -d 'One version, with its certificates' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l status -d 'Only these statuses (comma-separated): NOT_DELETED, DELETED [default: the API\'s, NOT_DELETED]' -r -f -a "NOT_DELETED\t''
DELETED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l include-certificates -d 'List the versions with their certificates (includeCertificates)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l active-only -d 'Only versions active on staging or production (activeVersionsOnly)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l version -d 'The version: a number, latest, staging or production' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l status -d 'Only these (comma-separated): ACTIVE, EXPIRING, EXPIRED; never ACTIVE with EXPIRING (certificateStatus)' -r -f -a "ACTIVE\t''
EXPIRING\t''
EXPIRED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l expiring-in-days -d 'EXPIRING: within N days; EXPIRED: in the past N days [default: the API\'s, 30] (expiryThresholdInDays)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l expiring-by -d 'With --status EXPIRING alone: by this time; EXPIRED alone: since it (expiryThresholdTimestamp), RFC 3339 or a date' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-ca-set-version-certificate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l version -d 'The version: a number, latest, staging or production' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l status -d 'Only these (comma-separated): ACTIVE, EXPIRING, EXPIRED; never ACTIVE with EXPIRING (certificateStatus)' -r -f -a "ACTIVE\t''
EXPIRING\t''
EXPIRED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l expiring-in-days -d 'EXPIRING: within N days; EXPIRED: in the past N days [default: the API\'s, 30] (expiryThresholdInDays)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l expiring-by -d 'With --status EXPIRING alone: by this time; EXPIRED alone: since it (expiryThresholdTimestamp), RFC 3339 or a date' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l version -d 'The version: a number, latest, staging or production' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l status -d 'Only these (comma-separated): ACTIVE, EXPIRING, EXPIRED; never ACTIVE with EXPIRING (certificateStatus)' -r -f -a "ACTIVE\t''
EXPIRING\t''
EXPIRED\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l expiring-in-days -d 'EXPIRING: within N days; EXPIRED: in the past N days [default: the API\'s, 30] (expiryThresholdInDays)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l expiring-by -d 'With --status EXPIRING alone: by this time; EXPIRED alone: since it (expiryThresholdTimestamp), RFC 3339 or a date' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from certificates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from get-removal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l name -l ca-set-name -d 'The name: 3-64 of a-z A-Z 0-9 . _ - %, no \'...\'; unique among the sets not deleted' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l description -d 'A description of 1-255 characters' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l body -d 'The request body as JSON: a literal, a FILE, or - for standard input' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l name -l ca-set-name -d 'The name: 3-64 of a-z A-Z 0-9 . _ - %, no \'...\'; unique among the sets not deleted' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l description -d 'A description of 1-255 characters' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l body -d 'The request body as JSON: a literal, a FILE, or - for standard input' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l version -d 'The version: a number, or latest (the set\'s latestVersion)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l network -d 'The network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-activation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l version -d 'The version: a number, or latest (the set\'s latestVersion)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l network -d 'The network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l version -d 'The version: a number, or latest (the set\'s latestVersion)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l network -d 'The network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deploy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l version -d 'The version: a number, or latest (the set\'s latestVersion)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l network -d 'The network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-deactivation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l version -d 'The version: a number, or latest (the set\'s latestVersion)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l network -d 'The network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l version -d 'The version: a number, or latest (the set\'s latestVersion)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l network -d 'The network: staging or production' -r -f -a "STAGING\t''
PRODUCTION\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l certificates-file -d 'A PEM file of CA certificates, a bundle or one each (repeatable; - for standard input)' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l certificates-dir -d 'A directory: every *.pem, *.crt and *.cer file in it (not its subdirectories); the others are named in a warning' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l body -d 'The version body as JSON ({"certificates": [{"certificatePem": …}], …}): a FILE, or -' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l description -d 'The version\'s description, 1 to 255 characters (replaces the one in --body)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l allow-insecure-sha1 -d 'Accept certificates signed with SHA-1 (allowInsecureSha1)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l skip-local-checks -d 'Send without the local checks (CA bit, dates, signature hash, key size, duplicates); the API judges. A private key is refused all the same'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from new-ca-set-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l certificates-file -d 'A PEM file of CA certificates, a bundle or one each (repeatable; - for standard input)' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l certificates-dir -d 'A directory: every *.pem, *.crt and *.cer file in it (not its subdirectories); the others are named in a warning' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l body -d 'The version body as JSON ({"certificates": [{"certificatePem": …}], …}): a FILE, or -' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l description -d 'The version\'s description, 1 to 255 characters (replaces the one in --body)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l allow-insecure-sha1 -d 'Accept certificates signed with SHA-1 (allowInsecureSha1)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l skip-local-checks -d 'Send without the local checks (CA bit, dates, signature hash, key size, duplicates); the API judges. A private key is refused all the same'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from create-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -s y -l yes -d 'Delete without asking (required when there is no terminal to ask on)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'With --wait: the longest wait (exit 7 after it) [default: 1h]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l interval -d 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l wait -d 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (required when there is no terminal to ask on)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l version -d 'The version to delete' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -s y -l yes -d 'Delete without asking (required when there is no terminal to ask on)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from remove-ca-set-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l version -d 'The version to delete' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -s y -l yes -d 'Delete without asking (required when there is no terminal to ask on)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from delete-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l version -d 'The version to update' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l certificates-file -d 'A PEM file of CA certificates, a bundle or one each (repeatable; - for standard input)' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l certificates-dir -d 'A directory: every *.pem, *.crt and *.cer file in it (not its subdirectories); the others are named in a warning' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l body -d 'The version body as JSON ({"certificates": [{"certificatePem": …}], …}): a FILE, or -' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l description -d 'The version\'s description, 1 to 255 characters (replaces the one in --body)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l allow-insecure-sha1 -d 'Accept certificates signed with SHA-1 (allowInsecureSha1)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l skip-local-checks -d 'Send without the local checks (CA bit, dates, signature hash, key size, duplicates); the API judges. A private key is refused all the same'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from set-ca-set-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l id -l ca-set-id -d 'The CA set\'s id (caSetId)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l name -l ca-set-name -d 'The CA set\'s name: an exact match, else a unique case-insensitive one' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l version -d 'The version to update' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l certificates-file -d 'A PEM file of CA certificates, a bundle or one each (repeatable; - for standard input)' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l certificates-dir -d 'A directory: every *.pem, *.crt and *.cer file in it (not its subdirectories); the others are named in a warning' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l body -d 'The version body as JSON ({"certificates": [{"certificatePem": …}], …}): a FILE, or -' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l description -d 'The version\'s description, 1 to 255 characters (replaces the one in --body)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l allow-insecure-sha1 -d 'Accept certificates signed with SHA-1 (allowInsecureSha1)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l skip-local-checks -d 'Send without the local checks (CA bit, dates, signature hash, key size, duplicates); the API judges. A private key is refused all the same'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from update-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l certificates-file -d 'A PEM file of CA certificates, a bundle or one each (repeatable; - for standard input)' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l certificates-dir -d 'A directory: every *.pem, *.crt and *.cer file in it (not its subdirectories); the others are named in a warning' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l body -d 'The version body as JSON ({"certificates": [{"certificatePem": …}], …}): a FILE, or -' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l allow-insecure-sha1 -d 'Accept certificates signed with SHA-1 (allowInsecureSha1)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l skip-local-checks -d 'Send without the local checks (CA bit, dates, signature hash, key size, duplicates); the API judges. A private key is refused all the same'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l local -d 'Only the local checks: send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from test-ca-set-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l certificates-file -d 'A PEM file of CA certificates, a bundle or one each (repeatable; - for standard input)' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l certificates-dir -d 'A directory: every *.pem, *.crt and *.cer file in it (not its subdirectories); the others are named in a warning' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l body -d 'The version body as JSON ({"certificates": [{"certificatePem": …}], …}): a FILE, or -' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -s e -l edgerc -d 'The .edgerc file [default: ~/.edgerc]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -s s -l section -d 'The .edgerc section [default: default]' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l account-key -l accountkey -d 'Account switch key, sent as accountSwitchKey on every request (\'none\' clears the file\'s)' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l timeout -d 'How long to wait for each answer, its body included: 60 (seconds), 20s, 2m' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l max-response-size -d 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB' -r -f
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l ca-cert -d 'Also trust this CA certificate (PEM or DER), e.g. a proxy\'s or the sandbox\'s' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l sandbox-state -d 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]' -r -F
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l allow-insecure-sha1 -d 'Accept certificates signed with SHA-1 (allowInsecureSha1)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l skip-local-checks -d 'Send without the local checks (CA bit, dates, signature hash, key size, duplicates); the API judges. A private key is refused all the same'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l local -d 'Only the local checks: send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l json -d 'Print the API\'s JSON: an object as sent; a list as the array of its items, each as sent'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l full -d 'Show PEM blocks whole instead of their first and last lines'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l wide -d 'Show every column of a table, however wide (piped output always does)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l dry-run -d 'Print the request that would be sent (signature redacted) and send nothing'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -l sandbox -d 'Run against the built-in sandbox (no account or .edgerc needed)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "copy-ca-set" -d 'Create a CA set from a version of another (Copy-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "copy-ca-set-version" -d 'Copy a version into a new one, to edit it (Copy-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "get-ca-set" -d 'List CA sets, or show one (Get-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "get-ca-set-activation" -d 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "get-ca-set-activities" -d 'Show the activities of a CA set, newest first (Get-METSCASetActivities)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "get-ca-set-association" -d 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "get-ca-set-version" -d 'List the versions of a CA set, or show one with its certificates (Get-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "get-ca-set-version-certificate" -d 'List the certificates of a version, by expiry (Get-METSCASetVersionCertificate)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "get-removal" -d 'Show the status of a CA set\'s deletion, per network (Get-METSRemoval)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "new-ca-set" -d 'Create a CA set, empty until a version is added (New-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "new-ca-set-activation" -d 'Activate a version of a CA set on staging or production (New-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "new-ca-set-deactivation" -d 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "new-ca-set-version" -d 'Create a version of a CA set from CA certificates (New-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "remove-ca-set" -d 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "remove-ca-set-version" -d 'Mark a version of a CA set for deletion (Remove-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "set-ca-set-version" -d 'Replace the certificates of a version never activated (Set-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "test-ca-set-version" -d 'Check CA certificates without storing them (Test-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand truststore; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand man" -l color -d 'When to use colour: auto (a terminal without NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c moks -n "__fish_moks_using_subcommand man" -s q -l quiet -d 'Print errors only: no warnings, notes or next steps'
complete -c moks -n "__fish_moks_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "completions" -d 'Print the shell completion script for moks'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "api" -d 'Send a signed request to the API host and print the answer (no cmdlet; like gh api)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "complete-version" -d 'Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "config" -d 'Check the configuration moks uses'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "expiring" -d 'List the certificates in use that expire soon; exit 8 when there is one (no cmdlet)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "get-ca-cert" -d 'List the account CA certificates (Get-MOKSCACert)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "get-client-cert" -d 'List client certificates, or show one (Get-MOKSClientCert)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "get-client-cert-version" -d 'List the versions of a client certificate (Get-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "get-csr" -d 'Write the CSR of a THIRD_PARTY version as PEM, to be signed by your CA (no cmdlet)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "get-version-guid" -d 'Print the versionGuid a Property Manager rule tree takes, and only it (no cmdlet)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "remove-version" -d 'Delete a version of a client certificate (Remove-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "rotate" -d 'Create a new version of a client certificate (New-MOKSClientCertVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "set-client-cert" -d 'Rename a client certificate or change its e-mails (Set-MOKSClientCert)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "wait" -d 'Wait until a version of a client certificate is DEPLOYED, then show it (no cmdlet)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "sandbox" -d 'Run or reset the built-in MOKS sandbox'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "new-client-cert" -d 'Create a client certificate (New-MOKSClientCert)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "truststore" -d 'Manage Edge Truststore CA sets: the CAs Akamai uses to verify client certificates (no cmdlet)'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "man" -d 'Print the manual page of moks, or of one of its commands'
complete -c moks -n "__fish_moks_using_subcommand help; and not __fish_seen_subcommand_from completions api complete-version config expiring get-ca-cert get-client-cert get-client-cert-version get-csr get-version-guid remove-version rotate set-client-cert wait sandbox new-client-cert truststore man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Show the .edgerc file, section and host in use, and prove them with one call per API'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the MOKS and Edge Truststore emulator until Ctrl-C; prints an .edgerc section for it'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Delete the state that --sandbox keeps between commands (the next use starts over)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "copy-ca-set" -d 'Create a CA set from a version of another (Copy-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "copy-ca-set-version" -d 'Copy a version into a new one, to edit it (Copy-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "get-ca-set" -d 'List CA sets, or show one (Get-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "get-ca-set-activation" -d 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "get-ca-set-activities" -d 'Show the activities of a CA set, newest first (Get-METSCASetActivities)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "get-ca-set-association" -d 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "get-ca-set-version" -d 'List the versions of a CA set, or show one with its certificates (Get-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "get-ca-set-version-certificate" -d 'List the certificates of a version, by expiry (Get-METSCASetVersionCertificate)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "get-removal" -d 'Show the status of a CA set\'s deletion, per network (Get-METSRemoval)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "new-ca-set" -d 'Create a CA set, empty until a version is added (New-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "new-ca-set-activation" -d 'Activate a version of a CA set on staging or production (New-METSCASetActivation)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "new-ca-set-deactivation" -d 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "new-ca-set-version" -d 'Create a version of a CA set from CA certificates (New-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "remove-ca-set" -d 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "remove-ca-set-version" -d 'Mark a version of a CA set for deletion (Remove-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "set-ca-set-version" -d 'Replace the certificates of a version never activated (Set-METSCASetVersion)'
complete -c moks -n "__fish_moks_using_subcommand help; and __fish_seen_subcommand_from truststore" -f -a "test-ca-set-version" -d 'Check CA certificates without storing them (Test-METSCASetVersion)'
