// English: messages of the beneficiary rules.
import type { beneficiary as id } from '../id/beneficiary';

export const beneficiary = {
  'status.deceased_active':
    'The recipient status is "meninggal" (deceased), but this row is still set (ditetapkan) as a recipient. Stop the assignment and the payments, or correct the status if it is wrong.',
  'status.deceased_active.paid':
    'The recipient status is "meninggal" (deceased), but this row still records aid of {amount}. Check whether the aid is still paid out; clear the amount or correct the status if it is wrong.',
  'status.deceased_active.disbursed':
    'The recipient status is "meninggal" (deceased), but the remarks say the aid was paid out. Check the payment, or correct the status if it is wrong.',
  'status.deceased_active.keterangan':
    'The remarks say the recipient has died, but this row is still recorded as active. Set the recipient status to "meninggal" and stop the payments, or correct the remarks if they are wrong.',
  'eligibility.age':
    'The recipient is {age} years old (on {date}), outside the {program} age band of {min} to {max} years. Check the date of birth and eligibility.',
  'eligibility.age.min':
    'The recipient is {age} years old (on {date}), below the {program} minimum age of {min} years. Check the date of birth and eligibility.',
  'eligibility.age.max':
    'The recipient is {age} years old (on {date}), above the {program} maximum age of {max} years. Check the date of birth and eligibility.',
  'verifikasi.order':
    'Verification went backwards: period {period} records "{stage}", but the previous period ({previousPeriod}) had already reached "{previousStage}". Check the verification status.',
  'verifikasi.order.date':
    'Verification dates are out of order: stage "{stage}" is dated {date}, before the earlier stage "{lowerStage}" dated {lowerDate}. Check the verification status or date.',
} as const satisfies Record<keyof typeof id, string>;
